using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW05STG1Tests
{
    private static readonly RuleSW05STG1 Rule = new();

    [Theory]
    [InlineData("32/05/2024", true)]
    [InlineData("soon", true)]
    [InlineData("01/06/2024", false)]
    [InlineData(null, false)]
    public void An_end_that_is_not_a_date_is_flagged(string? end, bool flagged)
    {
        var issues = new TestReturn().Header().SocialWorkerEpisode(swDecom: "01/05/2024", swDec: end, swReason: "MANAGE").Run(Rule);
        Assert.Equal(flagged ? [("sw_episodes", 2, "SW_DEC")] : [], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }
}
