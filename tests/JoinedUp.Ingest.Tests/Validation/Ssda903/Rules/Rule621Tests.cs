using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule621Tests
{
    private static readonly Rule621 Rule = new();

    [Theory]
    [InlineData("01/12/2021", "01/01/2021", true)]
    [InlineData("31/01/2019", "31/01/2019", true)] // the same day
    [InlineData("31/01/2019", "01/02/2019", false)]
    [InlineData("31/01/2019", null, false)]
    [InlineData(null, "01/02/2019", false)]
    public void The_mothers_child_must_be_born_after_her(string? dob, string? mcDob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", sex: "F", dob: dob, mother: "1", mcDob: mcDob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
        if (flagged) Assert.DoesNotContain("/20", submission.Run(Rule)[0].Message); // no date of birth quoted
    }
}
