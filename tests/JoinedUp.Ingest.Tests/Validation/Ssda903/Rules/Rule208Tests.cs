using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule208Tests
{
    private static readonly Rule208 Rule = new();

    [Theory]
    [InlineData("H801200001001", "UN5", false)] // unknown to known
    [InlineData("H801200001111", "UN2", false)]
    [InlineData("H801200001001", null, false)]
    [InlineData("UN2", "UN1", false)] // a reason found since
    [InlineData("UN4", null, false)]
    [InlineData("UN1", "UN1", false)]
    [InlineData("A123456789012", "a123456789012", false)] // case does not matter
    [InlineData(null, null, false)] // both blank is rule 442's
    [InlineData("O------------", "X888888888888", true)] // a known UPN changed
    [InlineData(null, "X888888888888", true)]
    [InlineData("UN3", "X888888888888", true)]
    [InlineData("UN3", "UN4", true)]
    [InlineData(null, "UN1", true)]
    [InlineData("UN1", null, true)]
    public void Upn_must_agree_with_last_years_except_unknown_becoming_known(string? now, string? before, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B", upn: before);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B", upn: now).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void Reports_nothing_when_last_years_return_came_from_the_store_which_holds_no_upn()
    {
        var last = new TestReturn(2024).Header(upn: "X888888888888");
        Assert.Empty(new TestReturn(2025).Header(upn: "A123456789012").WithPrevious(last, fromStore: true).Run(Rule));
        Assert.Single(new TestReturn(2025).Header(upn: "A123456789012").WithPrevious(last, fromStore: false).Run(Rule));
    }
}
