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
    public void Counts_and_movements_are_pooled_and_protected_by_the_cell_key_method(string engine)
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
        // True counts: North Central green 6, amber 5, red 1; South West green 5; 17 in all, all 17 entered at green in March.
        AssertNear(6, figures.CurrentByFootprint[ncl, "green"]);
        AssertNear(5, figures.CurrentByFootprint[ncl, "amber"]);
        Assert.Contains(figures.CurrentByFootprint[ncl, "red"].Value, new long[] { 0, 5 });
        AssertNear(5, figures.CurrentByFootprint["South West London ICS", "green"]);
        Assert.Contains(figures.CurrentByFootprint.ColumnTotal("red").Value, new long[] { 0, 5 });
        AssertNear(17, figures.CurrentByFootprint.GrandTotal);
        AssertNear(7, figures.MonthlyMovements.RowTotal("2025-04"));
        AssertNear(6, figures.MonthlyMovements["2025-04", "green to amber"]);
        Assert.Contains(figures.MonthlyMovements["2025-04", "amber to red"].Value, new long[] { 0, 5 });
        Assert.All(new[] { figures.CurrentByFootprint, figures.MonthlyMovements, figures.InpatientAdmissions, figures.EnteredAt }.SelectMany(t => t.All),
            fig => Assert.False(fig.Value is >= 1 and <= 4, "no count of 1 to 4 is ever shown"));

        // The same 17 children counted in three tables are one cell: the same records give the same cell key and so the same value.
        var seventeen = figures.CurrentByFootprint.GrandTotal.Value;
        Assert.Equal(seventeen, figures.EnteredAt["2025", "green"].Value);
        Assert.Equal(seventeen, figures.MonthlyMovements["2025-03", "entered at green"].Value);
        // And asking again gives the same figures.
        var again = f.Register.RegionalFigures(People.RegionalAnalyst, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30));
        Assert.Equal(figures.CurrentByFootprint.All.Select(x => x.Value), again.CurrentByFootprint.All.Select(x => x.Value));

        var green = figures.TimeAtRatings.Single(t => t.Rating == RagRating.Green);
        AssertNear(6, green.Children);
        Assert.Null(green.MedianDays); // an average about fewer than 10 children (as shown) is not published
        Assert.Contains(figures.TimeAtRatings.Single(t => t.Rating == RagRating.Amber).Children.Value, new long[] { 0, 5 });
    }

    private static void AssertNear(long truth, JoinedUp.Disclosure.Figure shown)
    {
        Assert.Equal(JoinedUp.Disclosure.FigureKind.Perturbed, shown.Kind);
        Assert.InRange(shown.Value, Math.Max(5, truth - 3), truth + 3);
    }
}
