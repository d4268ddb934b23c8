using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW07STG2Tests
{
    [Theory]
    [InlineData(2024, "31/03/2023", true)] // before the 2023/24 year
    [InlineData(2024, "01/04/2023", false)]
    [InlineData(2024, "31/03/2024", false)]
    [InlineData(2024, "01/04/2024", true)]
    [InlineData(2025, "01/04/2023", false)] // from 2024/25 the period reaches back a year
    [InlineData(2025, "31/03/2023", true)]
    [InlineData(2025, "31/03/2025", false)]
    [InlineData(2025, "01/04/2025", true)]
    [InlineData(2026, "01/04/2024", false)]
    [InlineData(2026, "31/03/2024", true)]
    public void An_end_outside_the_reporting_period_is_flagged(int year, string end, bool flagged)
    {
        Ssda903Rule rule = year == 2024 ? new RuleSW07STG2() : new RuleSW07STG2From2025();
        Assert.True(rule.Years.Contains(year));
        var issues = new TestReturn(year).Header().SocialWorkerEpisode(swDecom: "01/01/2023", swDec: end, swReason: "MANAGE").Run(rule);
        Assert.Equal(flagged ? [(2, "SW_DEC")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void The_two_versions_cover_the_years_once()
    {
        Assert.Equal((2024, 2024), (new RuleSW07STG2().Years.First, new RuleSW07STG2().Years.Last));
        Assert.Equal((2025, 2026), (new RuleSW07STG2From2025().Years.First, new RuleSW07STG2From2025().Years.Last));
    }
}
