using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule171Tests
{
    private static readonly Rule171 Rule = new();

    [Theory]
    [InlineData("01/01/2021", false)]
    [InlineData(null, false)]
    [InlineData("38/04/2019", true)]
    [InlineData("01/01/19", true)]
    public void Mothers_child_dob_must_be_a_valid_date_when_given(string? mcDob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", sex: "F", mother: "1", mcDob: mcDob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
        if (flagged) Assert.Equal("MC_DOB", submission.Run(Rule)[0].Field);
    }
}
