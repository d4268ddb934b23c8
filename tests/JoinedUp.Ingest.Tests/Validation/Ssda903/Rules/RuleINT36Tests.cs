using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT36Tests
{
    private static readonly RuleINT36 Rule = new();

    [Fact]
    public void Every_uasc_row_of_a_child_there_more_than_once_is_flagged()
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B").Uasc(child: "A").Uasc(child: "B").Uasc(child: "A");
        Assert.Equal(["uasc:2", "uasc:4"], submission.Flagged(Rule));
    }
}
