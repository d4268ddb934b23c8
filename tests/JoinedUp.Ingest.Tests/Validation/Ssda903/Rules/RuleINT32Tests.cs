using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT32Tests
{
    private static readonly RuleINT32 Rule = new();

    [Fact]
    public void Every_header_row_of_a_child_there_more_than_once_is_flagged()
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B").Header(child: "A").Header(child: "C");
        Assert.Equal(["header:2", "header:4"], submission.Flagged(Rule));
    }
}
