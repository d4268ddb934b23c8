using Dapper;
using JoinedUp.Analytics.EarlyWarning;
using JoinedUp.Analytics.Journeys;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store.Keys;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Journeys;

/// <summary>A small synthetic London (every return, 2019-2024), generated and imported once for the class.</summary>
public sealed class SyntheticLondon : IDisposable
{
    public TempFolder Folder { get; } = new();
    public TestStore Test { get; } = TestStore.Open(StoreEngines.Sqlite);
    public LaJourneys Region { get; }

    public SyntheticLondon()
    {
        var returns = Path.Combine(Folder.Path, "returns");
        new SyntheticRegionGenerator(new SyntheticRegionOptions { Scale = 0.1, WriteCinCensusAndSen2 = true, WritePlacementsSnapshot = true }).WriteTo(returns);
        new ReturnImporter(Test.Store).Import([returns], null, null);
        Region = LaJourneys.Load(Test.Store, null);
    }

    public void Dispose()
    {
        Test.Dispose();
        Folder.Dispose();
    }
}

/// <summary>Journeys, the backtest and the regional cohort journeys over the synthetic region.</summary>
public sealed class SyntheticRegionJourneyTests(SyntheticLondon london) : IClassFixture<SyntheticLondon>
{
    [Fact]
    public void Every_linked_child_has_one_journey_holding_every_record_linked_to_it()
    {
        using var connection = london.Test.Store.OpenConnection();
        var records = connection.Query<(string La, string Pseudonym)>("SELECT DISTINCT s.la, c.pseudonym FROM child c JOIN submission s ON s.id = c.submission_id").ToList();
        var journeyOf = new Dictionary<(string, string), ChildJourney>();
        foreach (var journey in london.Region.Journeys)
            foreach (var p in journey.Pseudonyms)
                Assert.True(journeyOf.TryAdd((journey.La, p), journey), "a record is in two journeys");
        Assert.All(records, r => Assert.True(journeyOf.ContainsKey(r)));
        Assert.Equal(records.Count, journeyOf.Count);
        foreach (var link in connection.Query<(string La, string A, string B)>("SELECT la, pseudonym, linked_pseudonym FROM child_link"))
            Assert.Same(journeyOf[(link.La, link.A)], journeyOf[(link.La, link.B)]);
        Assert.Equal(33, london.Region.Journeys.Select(j => j.La).Distinct().Count());
        Assert.Contains(london.Region.Journeys, j => j.Returns.Count >= 4 && j.Events.Any(e => e.Kind == JourneyEventKind.Suspension));
        Assert.All(london.Region.Journeys, j => Assert.Equal(j.Events.OrderBy(e => e.Date).Select(e => e.Date), j.Events.Select(e => e.Date)));
    }

    [Fact]
    public void The_backtest_runs_on_the_synthetic_region()
    {
        var span = london.Region.Span!.Value;
        var results = london.Region.Journeys.GroupBy(j => j.La).Select(g => EarlyWarningBacktest.Run(g.ToList(), EarlyWarningSettings.Default, span.From, span.To)).ToList();
        Assert.All(results, r => Assert.Equal(36, r.Days)); // April 2019 (a year after the data begins) to March 2022 (two years before it ends)
        Assert.True(results.Sum(r => r.EscalatedChildren) > 0);
        Assert.True(results.Sum(r => r.Flags) > 0);
        var whole = EarlyWarningBacktest.Run(london.Region.Journeys, EarlyWarningSettings.Default, span.From, span.To);
        Assert.InRange(whole.Sensitivity!.Value, 0.01, 1);
        Assert.InRange(whole.Precision!.Value, 0.01, 1);
        Assert.True(whole.MedianLeadDays > 0);
        Assert.Equal(results.Sum(r => r.Flags), whole.Flags);
    }

    [Fact]
    public void No_regional_journey_figure_about_other_las_shows_a_count_of_1_to_4()
    {
        var keys = new RecordKeys(RecordKeySecret.For(london.Test.Store));
        var entries = london.Region.Journeys.Select(j => HighCostEntry.Of(j, keys)).OfType<HighCostEntry>().ToList();
        Assert.True(entries.Count > 50);
        var viewers = new[] { DisclosureControl.Protected }.Concat(Regions.London.Members.Select(la => new DisclosureControl(la.DfeCode))).ToList();
        var published = 0;
        foreach (var viewer in viewers)
        {
            var cohort = london.Region.Cohort(london.Test.Store, viewer);
            foreach (var breakdown in cohort.Breakdowns)
            {
                if (breakdown.Table is not { } table)
                {
                    Assert.NotNull(breakdown.Refusal);
                    continue;
                }
                for (var r = 0; r < table.RowLabels.Count; r++)
                    for (var c = 0; c < table.ColumnLabels.Count; c++)
                    {
                        var row = table.RowLabels[r];
                        var column = table.ColumnLabels[c];
                        var inCell = entries.Where(e => (row == CohortJourneys.AllEntries || e.DaysBefore.ContainsKey(row)) && Column(breakdown.Name, e) == column).ToList();
                        var figure = table.Cells[r][c];
                        published++;
                        if (inCell.Any(e => e.LaCode != viewer.OwnLa))
                        {
                            Assert.Equal(FigureKind.Perturbed, figure.Kind);
                            Assert.False(figure.Value is >= 1 and <= 4, $"{breakdown.Name} {row} x {column}: {figure.Value} shown for {inCell.Count} children");
                        }
                        else if (viewer.OwnLa is not null)
                            Assert.Equal((FigureKind.Exact, (long)inCell.Count), (figure.Kind, figure.Value));
                        else
                            Assert.Equal(0, figure.Value);
                    }
                foreach (var total in table.RowTotals.Concat(table.ColumnTotals).Append(table.GrandTotal))
                    Assert.False(total.Kind == FigureKind.Perturbed && total.Value is >= 1 and <= 4);
                foreach (var (row, median) in breakdown.MedianMonthsBefore)
                    if (median is not null) Assert.True(DisclosureControl.ShowsMagnitude(table.RowTotal(row)));
            }
        }
        Assert.True(published > 1000);
    }

    private static string Column(string breakdown, HighCostEntry e) => breakdown switch
    {
        CohortJourneys.LifeStageBreakdown => e.LifeStage,
        CohortJourneys.SexBreakdown => e.Sex,
        _ => e.EthnicGroup,
    };
}
