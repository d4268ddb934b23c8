using JoinedUp.Analytics.Benchmarks;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Domain.Geography;
using Xunit.Abstractions;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>Protection that still shows the picture: LA-level figures are numbers, close to the truth.</summary>
[Collection(SyntheticLondonCollection.Name)]
public sealed class CoverageTests(SyntheticLondonApp london, ITestOutputHelper output)
{
    [Fact]
    public void At_least_95_percent_of_LA_level_cells_show_a_number_within_4_of_the_truth()
    {
        var coverage = DisclosureCoverage.Measure(CareFacts.Load(london.Store), Regions.London);
        output.WriteLine(DisclosureCoverage.Describe(coverage));
        var laLevel = DisclosureCoverage.LaLevel(coverage);
        Assert.Equal(5, laLevel.Count);
        Assert.All(laLevel, c =>
        {
            Assert.True(c.CountCells >= 60, $"{c.View}: only {c.CountCells} cells");
            Assert.True(c.ShownShare >= 0.95, $"{c.View} ({c.Level}): {c.ShownShare:P1} shown");
            Assert.InRange(c.MeanAbsoluteChange, 0.3, 1.5);
        });
        Assert.All(coverage, c =>
        {
            Assert.Equal(0, c.SmallShownAsThemselves);
            Assert.InRange(c.MaxAbsoluteChange, 0, 4);
        });
    }
}
