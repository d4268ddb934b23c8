using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT06Tests
{
    private static readonly RuleINT06 Rule = new();

    [Fact]
    public void Rows_of_a_child_with_no_header_row_are_flagged()
    {
        var submission = new TestReturn().Header(child: "A").Oc3(child: "A").Oc3(child: "B").Oc3(child: "B");
        Assert.Equal(["oc3:3", "oc3:4"], submission.Flagged(Rule));
        Assert.Equal("CHILD", submission.Run(Rule)[0].Field);
    }

    [Fact]
    public void Not_checked_when_the_return_has_no_header_table()
    {
        Assert.Empty(new TestReturn().Oc3(child: "B").Run(Rule));
    }
}
