using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule336Tests
{
    private static readonly Rule336 Rule = new();

    [Theory]
    [InlineData("A3", "K2")]
    [InlineData("A5", "T1")]
    public void Adoption_with_current_carers_after_a_non_foster_placement_is_flagged(string place, string before)
    {
        var issue = Assert.Single(new TestReturn().Header()
            .Episode(decom: "01/07/2024", rne: "T", place: place) // row 2
            .Episode(decom: "01/05/2024", place: before, dec: "01/07/2024", rec: "X1") // row 3
            .Run(Rule));
        Assert.Equal(("336", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("A3", "U1")]
    [InlineData("A5", "U6")]
    [InlineData("A5", "A4")]
    [InlineData("A4", "K2")] // not with the current carers
    [InlineData("A6", "K2")]
    public void Other_cases_are_not_flagged(string place, string before) =>
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/05/2024", place: before, dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", rne: "T", place: place).Run(Rule));

    [Fact]
    public void The_first_episode_is_not_checked() =>
        Assert.Empty(new TestReturn().Header().Episode(place: "A3", rne: "S").Run(Rule));
}
