using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT35Tests
{
    [Fact]
    public void Every_row_of_a_child_with_two_is_flagged()
    {
        var submission = new TestReturn().Header().Header(child: "C2").PreviousPermanence().PreviousPermanence(child: "C2").PreviousPermanence();
        Assert.Equal(["previous_permanence:2", "previous_permanence:4"], submission.Flagged(new RuleINT35()));
        Assert.Equal("CHILD", submission.Run(new RuleINT35())[0].Field);
    }
}
