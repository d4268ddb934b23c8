using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule631Tests
{
    [Theory]
    [InlineData("P5", true)]
    [InlineData("p1", true)]
    [InlineData("P1", false)]
    [InlineData("Z1", false)]
    [InlineData(null, false)]
    public void An_option_not_on_the_list_is_flagged(string? option, bool flagged)
    {
        var issues = new TestReturn().Header().PreviousPermanence(prevPerm: option).Run(new Rule631());
        Assert.Equal(flagged ? [("previous_permanence", 2, "PREV_PERM")] : [], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }
}
