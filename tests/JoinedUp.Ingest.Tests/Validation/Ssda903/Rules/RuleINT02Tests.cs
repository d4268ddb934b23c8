using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT02Tests
{
    private static readonly RuleINT02 Rule = new();

    [Fact]
    public void Rows_of_a_child_with_no_header_row_are_flagged()
    {
        var submission = new TestReturn().Header(child: "A").PlacedForAdoption(child: "A").PlacedForAdoption(child: "B").PlacedForAdoption(child: "B");
        Assert.Equal(["placed_for_adoption:3", "placed_for_adoption:4"], submission.Flagged(Rule));
        Assert.Equal("CHILD", submission.Run(Rule)[0].Field);
    }

    [Fact]
    public void Not_checked_when_the_return_has_no_header_table()
    {
        Assert.Empty(new TestReturn().PlacedForAdoption(child: "B").Run(Rule));
    }
}
