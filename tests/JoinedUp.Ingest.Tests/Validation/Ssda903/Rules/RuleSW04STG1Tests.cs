using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW04STG1Tests
{
    private static readonly RuleSW04STG1 Rule = new();

    [Theory]
    [InlineData("31/02/2024", true)]
    [InlineData("1 May 2024", true)]
    [InlineData("01/05/2024", false)]
    [InlineData(null, false)]
    public void A_start_that_is_not_a_date_is_flagged(string? start, bool flagged)
    {
        var issues = new TestReturn().Header().SocialWorkerEpisode(swDecom: start, swReason: "MANAGE").Run(Rule);
        Assert.Equal(flagged ? [("sw_episodes", 2, "SW_DECOM")] : [], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }
}
