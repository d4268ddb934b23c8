using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule168Tests
{
    private static readonly Rule168 Rule = new();

    [Theory]
    [InlineData("A123456789012", false)]
    [InlineData("X06805040829A", false)] // a temporary UPN ends in a letter
    [InlineData("UN3", false)]
    [InlineData("UN5", false)]
    [InlineData(null, false)] // blank is not this rule's
    [InlineData("UN7", true)]
    [InlineData("I072272729588", true)] // I, O and S are not check letters
    [InlineData("S074885779408", true)]
    [InlineData("5035247309594", true)]
    [InlineData("K06014812931", true)] // too short
    [InlineData("E07295962325C1556", true)]
    public void Upn_must_be_well_formed_or_un1_to_un5(string? upn, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", upn: upn);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
