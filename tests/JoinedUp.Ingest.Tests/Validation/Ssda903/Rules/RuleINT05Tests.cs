using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT05Tests
{
    private static readonly RuleINT05 Rule = new();

    [Fact]
    public void Rows_of_a_child_with_no_header_row_are_flagged()
    {
        var submission = new TestReturn().Header(child: "A").Oc2(child: "A").Oc2(child: "B").Oc2(child: "B");
        Assert.Equal(["oc2:3", "oc2:4"], submission.Flagged(Rule));
        Assert.Equal("CHILD", submission.Run(Rule)[0].Field);
    }

    [Fact]
    public void Not_checked_when_the_return_has_no_header_table()
    {
        Assert.Empty(new TestReturn().Oc2(child: "B").Run(Rule));
    }
}
