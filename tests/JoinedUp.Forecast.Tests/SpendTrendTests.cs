using JoinedUp.Forecast.Spend;

namespace JoinedUp.Forecast.Tests;

public class SpendTrendTests
{
    private const string Table = """
        la,year,line,amount
        302,2016-17,Looked-after children placements,"£1,000,000"
        302,2017-18,looked-after children placements,1100000
        302,2019,looked-after children placements,1210000
        303,2017,high needs top-ups,500
        """;

    [Fact]
    public void Reads_the_table_with_years_as_their_end()
    {
        var lines = Section251Table.Read(new StringReader(Table));
        Assert.Equal(4, lines.Count);
        Assert.Equal(new SpendLine("302", 2017, Section251Lines.LookedAfterPlacements, 1_000_000), lines[0]);
        Assert.Equal(2018, lines[1].Year);
    }

    [Fact]
    public void Bad_rows_are_named()
    {
        var error = Assert.Throws<FormatException>(() => Section251Table.Read(new StringReader("la,year,line,amount\n302,2017,safeguarding,lots\n"), "s251.csv"));
        Assert.Equal("s251.csv, row 2, field amount: 'lots' is not an amount in pounds.", error.Message);
        var missing = Assert.Throws<FormatException>(() => Section251Table.Read(new StringReader("la,year,spend\n"), "s251.csv"));
        Assert.Contains("lacks the column(s) line, amount", missing.Message);
    }

    [Fact]
    public void Growth_and_trends_are_computed()
    {
        var trend = SpendTrendAnalysis.Trends(Section251Table.Read(new StringReader(Table)), projectYears: 2).First(t => t.LaCode == "302");
        Assert.Equal([10.0, 10.0], trend.Growth.Select(g => Math.Round(g.Percent!.Value, 9)));
        Assert.Equal(10, trend.AverageGrowthPercent!.Value, 9);
        Assert.Equal(10, trend.LogLinearGrowthPercent!.Value, 9);
        Assert.Equal(105_000, trend.LinearSlopePerYear, 6);
        Assert.Equal(1_331_000, trend.Projection[0].LogLinear!.Value, 3);
        Assert.Equal(2020, trend.Projection[0].Year);
    }

    [Fact]
    public void Spend_per_child_far_from_neighbours_is_flagged()
    {
        var lines = new[] { 100.0, 105, 98, 102, 300 }.Select((amount, i) => new SpendLine($"30{i}", 2018, "safeguarding", amount * 1000)).ToList();
        var children = lines.ToDictionary(l => l.LaCode, _ => 1000.0);
        var neighbours = new Dictionary<string, IReadOnlyList<string>> { ["304"] = ["300", "301", "302", "303"] };
        var flags = SpendTrendAnalysis.FlagSpendPerChild(lines, "safeguarding", 2018, children, neighbours);
        var outlier = flags.Single(f => f.LaCode == "304");
        Assert.True(outlier.Flagged);
        Assert.Equal("above neighbours", outlier.Direction);
        Assert.Equal(102, outlier.GroupMedian, 9);
        Assert.Single(flags, f => f.Flagged);
    }
}
