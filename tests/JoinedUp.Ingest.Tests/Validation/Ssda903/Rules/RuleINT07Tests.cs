using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT07Tests
{
    private static readonly RuleINT07 Rule = new();

    [Fact]
    public void Rows_of_a_child_with_no_header_row_are_flagged()
    {
        var submission = new TestReturn().Header(child: "A").PreviousPermanence(child: "A").PreviousPermanence(child: "B").PreviousPermanence(child: "B");
        Assert.Equal(["previous_permanence:3", "previous_permanence:4"], submission.Flagged(Rule));
        Assert.Equal("CHILD", submission.Run(Rule)[0].Field);
    }

    [Fact]
    public void Not_checked_when_the_return_has_no_header_table()
    {
        Assert.Empty(new TestReturn().PreviousPermanence(child: "B").Run(Rule));
    }
}
