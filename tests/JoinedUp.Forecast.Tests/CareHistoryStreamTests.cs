using JoinedUp.Forecast.History;

namespace JoinedUp.Forecast.Tests;

/// <summary>A history built a child at a time from a stream is the history built from every episode held at once.</summary>
public sealed class CareHistoryStreamTests
{
    [Fact]
    public void A_synthetic_region_streamed_child_by_child_in_any_child_order_gives_the_same_history()
    {
        var episodes = SyntheticRegion.Episodes(localAuthorities: 6, seed: 7);
        var held = CareHistory.Build(episodes);
        var latestByLa = episodes.GroupBy(e => e.LaCode).ToDictionary(g => g.Key, g => g.Max(e => e.ReturnYear));

        // Children in reverse order, each child's episodes shuffled: only "one child's episodes together" is assumed.
        var random = new Random(5);
        var stream = episodes.GroupBy(e => e.Episode.Pseudonym).OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(_ => random.Next()));
        var streamed = CareHistory.BuildByChild(stream, latestByLa);

        Assert.True(held.Children.Count > 1000, $"{held.Children.Count} children");
        Same(held, streamed);
        Assert.Equal(held.CountInCare(new DateOnly(2023, 3, 31)), streamed.CountInCare(new DateOnly(2023, 3, 31)));
    }

    internal static void Same(CareHistory expected, CareHistory actual)
    {
        Assert.Equal(expected.FirstDate, actual.FirstDate);
        Assert.Equal(expected.LatestDate, actual.LatestDate);
        Assert.Equal(expected.LocalAuthorities, actual.LocalAuthorities);
        Assert.Equal(expected.Children.Count, actual.Children.Count);
        for (var i = 0; i < expected.Children.Count; i++)
        {
            Assert.Equal(expected.Children[i].Pseudonym, actual.Children[i].Pseudonym);
            Assert.Equal(expected.Children[i].BirthMonth, actual.Children[i].BirthMonth);
            Assert.Equal(expected.Children[i].Spells, actual.Children[i].Spells);
        }
    }
}
