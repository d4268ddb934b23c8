using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule204Tests
{
    private static readonly Rule204 Rule = new();

    [Theory]
    [InlineData("WBRI", "WBRI", false)]
    [InlineData("nobt", "NOBT", false)] // case does not matter
    [InlineData("WBRI", "NOBT", true)]
    [InlineData("MWBC", "MWBA", true)]
    [InlineData(null, "MOTH", true)]
    [InlineData("BCRB", null, false)] // nothing recorded last year
    public void Ethnicity_must_agree_with_last_years(string? now, string? before, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B", ethnic: before);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B", ethnic: now).WithPrevious(last, fromStore: true);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
