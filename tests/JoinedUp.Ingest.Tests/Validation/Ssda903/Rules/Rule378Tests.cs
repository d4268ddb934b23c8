using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule378Tests
{
    private static readonly Rule378 Rule = new();

    [Fact]
    public void Placed_with_parents_under_section_20_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: "P1", ls: "V2").Run(Rule));
        Assert.Equal(("378", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("P1", "C2")]
    [InlineData("U1", "V2")]
    public void Other_cases_are_not_flagged(string place, string ls) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, ls: ls).Run(Rule));
}
