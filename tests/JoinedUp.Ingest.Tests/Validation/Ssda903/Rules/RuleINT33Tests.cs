using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT33Tests
{
    private static readonly RuleINT33 Rule = new();

    [Fact]
    public void Every_row_of_a_child_with_two_OC2_rows_is_flagged_and_others_are_not()
    {
        var submission = new TestReturn().Header().Header(child: "C2")
            .Oc2().Oc2(child: "C2").Oc2();
        Assert.Equal(["oc2:2", "oc2:4"], submission.Flagged(Rule));
        Assert.All(submission.Run(Rule), i => Assert.Equal(("INT33", "CHILD"), (i.RuleCode, i.Field)));
        Assert.DoesNotContain("C1", submission.Run(Rule)[0].Message);
    }

    [Fact]
    public void One_row_each_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Oc2().Oc2(child: "C2").Run(Rule));
    }
}
