using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleEPITests
{
    private static readonly RuleEPI Rule = new();

    [Fact]
    public void A_header_child_with_no_episodes_and_no_care_leaver_row_is_flagged()
    {
        var submission = new TestReturn()
            .Header(child: "A").Episode(child: "A")
            .Header(child: "B")
            .Header(child: "C").Oc3(child: "C")
            .Header(child: "D");
        Assert.Equal(["header:3", "header:5"], submission.Flagged(Rule));
        Assert.True(Rule.IsQuery);
    }
}
