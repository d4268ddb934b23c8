using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleSW06STG2Tests
{
    private static readonly RuleSW06STG2 Rule = new();

    [Theory]
    [InlineData("01/04/2025", true)] // the day after the year ends
    [InlineData("31/03/2025", false)] // the last day
    [InlineData("01/04/2020", false)] // long before: allowed
    [InlineData("99/99/2025", false)] // not a date: SW04STG1's
    public void A_start_after_31_March_is_flagged(string start, bool flagged)
    {
        var issues = new TestReturn().Header().SocialWorkerEpisode(swDecom: start, swReason: "MANAGE").Run(Rule);
        Assert.Equal(flagged ? [(2, "SW_DECOM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
