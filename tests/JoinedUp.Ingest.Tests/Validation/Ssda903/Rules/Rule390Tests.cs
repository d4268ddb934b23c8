using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule390Tests
{
    private static readonly Rule390 Rule = new();

    [Theory]
    [InlineData("E11", "U1")]
    [InlineData("E12", "K2")]
    public void Adoption_from_a_placement_not_for_adoption_is_flagged(string rec, string place)
    {
        var submission = new TestReturn().Header().Episode(place: place, dec: "01/09/2024", rec: rec);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("390", 2, "REC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("E11", "A3")]
    [InlineData("E12", "A6")]
    [InlineData("E13", "U1")]
    [InlineData(null, "U1")]
    public void Adoption_from_a_placement_for_adoption_and_other_endings_are_not_flagged(string? rec, string place)
    {
        var submission = new TestReturn().Header().Episode(place: place, dec: rec is null ? null : "01/09/2024", rec: rec);
        Assert.Empty(submission.Run(Rule));
    }
}
