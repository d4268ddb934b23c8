using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Regional;

/// <summary>The regional view: counts by rating, movement month by month, time at each rating, entered at green.</summary>
public sealed class RegionalFiguresTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Counts_and_movements_are_pooled_and_suppressed(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        var entries = Enumerable.Range(1, 12).Select(i => f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "R" + i))).ToList();
        foreach (var i in Enumerable.Range(1, 5)) f.Register.AddEntry(People.CroydonKeyworker, RegisterFixture.Child(People.Croydon, "X" + i));
        f.Clock.Advance(31);
        foreach (var e in entries.Take(6)) f.Register.ChangeRating(kw, e.Id, e.Version, new RatingChangeRequest(RagRating.Amber, "Out of school"));
        var red = f.Register.GetEntry(kw, entries[0].Id);
        f.Register.ChangeRating(kw, red.Id, red.Version, new RatingChangeRequest(RagRating.Red, "Self-harm", new MeetingRequest(MeetingKind.Cetr, f.Clock.Today.AddDays(5))));

        var figures = f.Register.RegionalFigures(People.RegionalAnalyst, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30));
        var ncl = "North Central London ICS";
        Assert.Equal(6, figures.CurrentByFootprint[ncl, "green"].Value);
        Assert.True(figures.CurrentByFootprint[ncl, "red"].IsSuppressed);
        Assert.True(figures.CurrentByFootprint[ncl, "amber"].IsSuppressed);
        Assert.Equal(5, figures.CurrentByFootprint["South West London ICS", "green"].Value);
        Assert.True(figures.CurrentByFootprint.ColumnTotal("red").IsSuppressed);
        Assert.Equal(17, figures.CurrentByFootprint.GrandTotal.Value);
        Assert.Equal(17, figures.MonthlyMovements["2025-03", "entered at green"].Value);
        Assert.Equal(7, figures.MonthlyMovements.RowTotal("2025-04").Value);
        Assert.True(figures.MonthlyMovements["2025-04", "green to amber"].IsSuppressed, "6 is hidden so that the total of 7 cannot reveal the 1 amber to red");
        Assert.True(figures.MonthlyMovements["2025-04", "amber to red"].IsSuppressed);
        Assert.Equal(17, figures.EnteredAt["2025", "green"].Value);
        var green = figures.TimeAtRatings.Single(t => t.Rating == RagRating.Green);
        Assert.Equal(6, green.Children.Value);
        Assert.Equal(31, green.MedianDays);
        Assert.True(figures.TimeAtRatings.Single(t => t.Rating == RagRating.Amber).Children.IsSuppressed);
    }
}
