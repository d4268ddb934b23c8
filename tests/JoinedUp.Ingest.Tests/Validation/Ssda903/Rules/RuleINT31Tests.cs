using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT31Tests
{
    private static readonly RuleINT31 Rule = new();

    [Fact]
    public void Every_row_of_a_child_with_two_AD1_rows_is_flagged()
    {
        var submission = new TestReturn().Ad1(child: "C1").Ad1(child: "C2").Ad1(child: "C1");
        Assert.Equal(["ad1:2:CHILD", "ad1:4:CHILD"], submission.Found(Rule));
    }

    [Fact]
    public void One_row_per_child_is_not_flagged() =>
        Assert.Empty(new TestReturn().Ad1(child: "C1").Ad1(child: "C2").Found(Rule));
}
