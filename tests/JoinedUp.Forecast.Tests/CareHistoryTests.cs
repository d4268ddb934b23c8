using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;

namespace JoinedUp.Forecast.Tests;

public class CareHistoryTests
{
    private static readonly DateOnly Day = new(2020, 6, 1);

    [Fact]
    public void Latest_return_supersedes_the_same_episode()
    {
        var history = CareHistory.Build([
            Episodes.Of("a", "2019-01-01", null, place: "U1", returnYear: 2019),
            Episodes.Of("a", "2019-01-01", "2019-09-01", place: "K2", returnYear: 2020),
        ]);
        var spell = Assert.Single(Assert.Single(history.Children).Spells);
        Assert.Equal(new DateOnly(2019, 9, 1), spell.End);
        Assert.Equal("K2", spell.PlacementType);
    }

    [Fact]
    public void End_day_is_the_first_day_out_of_care()
    {
        var history = CareHistory.Build([Episodes.Of("a", "2020-01-01", "2020-06-01")]);
        Assert.Equal(1, history.CountInCare(new DateOnly(2020, 1, 1)));
        Assert.Equal(1, history.CountInCare(new DateOnly(2020, 5, 31)));
        Assert.Equal(0, history.CountInCare(Day));
    }

    [Fact]
    public void Overlapping_episodes_are_cut_at_the_later_start_and_children_counted_once()
    {
        var history = CareHistory.Build([
            Episodes.Of("a", "2020-01-01", null, place: "U1"),
            Episodes.Of("a", "2020-03-01", "2020-08-01", place: "K2"),
            Episodes.Of("a", "2020-03-01", "2020-07-01", place: "K1", la: "303"),
        ]);
        var child = Assert.Single(history.Children);
        Assert.Equal(2, child.Spells.Count);
        Assert.Equal(new DateOnly(2020, 3, 1), child.Spells[0].End);
        Assert.Equal("302", child.Spells[1].LaCode);
        Assert.Equal(1, history.CountInCare(Day));
    }

    [Fact]
    public void Open_episode_missing_from_a_later_return_ends_after_its_return()
    {
        var history = CareHistory.Build([
            Episodes.Of("a", "2018-05-01", null, returnYear: 2019),
            Episodes.Of("b", "2019-01-01", "2019-03-31", returnYear: 2019),
            Episodes.Of("c", "2019-06-01", null, returnYear: 2020),
        ]);
        Assert.Equal(new DateOnly(2019, 4, 1), history.Children.Single(c => c.Pseudonym == "a").Spells[0].End);
        Assert.Equal(1, history.CountInCare(Day));
    }

    [Fact]
    public void Count_in_care_matches_distinct_children_covering_the_day()
    {
        var episodes = new[]
        {
            Episodes.Of("a", "2020-01-01", "2020-06-01"),
            Episodes.Of("b", "2020-01-01", null),
            Episodes.Of("c", "2020-05-01", "2020-06-02", rec: "X1"),
            Episodes.Of("c", "2020-06-02", null),
            Episodes.Of("d", "2020-06-01", null),
            Episodes.Of("e", "2020-06-02", null),
        };
        var history = CareHistory.Build(episodes);
        var expected = episodes.Where(e => e.Episode.Start <= Day && (e.Episode.End is null || e.Episode.End > Day)).Select(e => e.Episode.Pseudonym).Distinct().Count();
        Assert.Equal(3, expected);
        Assert.Equal(expected, history.CountInCare(Day));
        var forecast = Forecaster.Run(history, ForecastConfiguration.Default(), new ForecastRequest { Start = Day, Years = 1 });
        Assert.Equal(expected, forecast.Points[0].Children);
        Assert.Equal(12, forecast.Points.Count);
        Assert.Equal(Day, forecast.Points[0].Date);
        Assert.Equal(Day.AddMonths(11), forecast.Points[^1].Date);
    }

    [Fact]
    public void A_local_authority_sees_only_its_own_spells()
    {
        var history = CareHistory.Build([
            Episodes.Of("a", "2020-01-01", "2020-03-01", la: "302", rec: "X1"),
            Episodes.Of("a", "2020-03-01", null, la: "303"),
            Episodes.Of("b", "2020-01-01", null, la: "302"),
        ]);
        Assert.Equal(1, history.ForLocalAuthority("302").CountInCare(Day));
        Assert.Equal(1, history.ForLocalAuthority("303").CountInCare(Day));
        Assert.Equal(2, history.CountInCare(Day));
        Assert.Equal(["302", "303"], history.LocalAuthorities);
    }
}
