using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule352Tests
{
    private static readonly Rule352 Rule = new();

    [Theory]
    [InlineData("15/06/2024", "S", true)] // the 18th birthday
    [InlineData("14/06/2024", "S", false)] // the day before
    [InlineData("15/06/2024", "P", false)] // not a start of care
    public void Starting_care_on_or_after_the_18th_birthday_is_flagged(string decom, string rne, bool flagged)
    {
        var submission = new TestReturn().Header(dob: "15/06/2006").Episode(decom: decom, rne: rne);
        var issues = submission.Run(Rule);
        if (!flagged) Assert.Empty(issues);
        else Assert.Equal(("352", "episodes", 2, "RNE"), (Assert.Single(issues).RuleCode, issues[0].Table, issues[0].Row, issues[0].Field));
    }
}
