using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule232Tests
{
    private static readonly Rule232 Rule = new();

    [Theory]
    [InlineData("U", true)]
    [InlineData("u", true)]
    [InlineData("M", false)]
    [InlineData("F", false)]
    [InlineData(null, false)]
    public void Sex_recorded_as_unknown_is_flagged(string? sex, bool flagged)
    {
        var submission = new TestReturn(2025).Header(child: "A", sex: "F").Header(child: "B", sex: sex);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void Applies_from_2024_25()
    {
        Assert.DoesNotContain(Ssda903RuleSet.For(2024), r => r.Code == "232");
        Assert.Contains(Ssda903RuleSet.For(2026), r => r.Code == "232");
    }
}
