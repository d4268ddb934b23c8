using JoinedUp.Analytics.Views;

namespace JoinedUp.Analytics.Tests.Views;

/// <summary>One LA's return for a later (or wrong) year does not move everyone's default view.</summary>
public sealed class DefaultYearTests
{
    private static IEnumerable<(string, int)> Loaded(int year, int las) => Enumerable.Range(0, las).Select(i => ($"{300 + i}", year));

    [Fact]
    public void The_default_is_the_latest_year_at_least_half_as_many_LAs_have_loaded()
    {
        Assert.Equal(2024, DefaultYear.Of(Loaded(2023, 33).Concat(Loaded(2024, 30)).Concat([("302", 2100)])));
        Assert.Equal(2024, DefaultYear.Of(Loaded(2023, 33).Concat(Loaded(2024, 17)).Concat(Loaded(2025, 2))));
        Assert.Equal(2025, DefaultYear.Of(Loaded(2024, 4).Concat(Loaded(2025, 2))));
        Assert.Null(DefaultYear.Of([]));
    }
}
