using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule611Tests
{
    private static readonly Rule611 Rule = new();

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "19/02/2023", false)]
    [InlineData("1", "31/31/19", false)] // given but not a date: rule 171's
    [InlineData("0", null, false)]
    [InlineData(null, null, false)]
    public void A_mother_needs_her_childs_dob(string? mother, string? mcDob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", sex: "F", mother: mother, mcDob: mcDob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
