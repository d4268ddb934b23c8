using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule516Tests
{
    private static readonly Rule516 Rule = new();

    [Theory]
    [InlineData("E45", "K2")]
    [InlineData("E46", "P1")]
    public void A_special_guardianship_order_to_the_foster_carer_from_outside_foster_care_is_flagged(string rec, string place)
    {
        var submission = new TestReturn().Header().Episode(place: place, dec: "01/09/2024", rec: rec);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("516", 2, "PLACE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("E45", "U1")]
    [InlineData("E46", "U6")]
    [InlineData("E47", "K2")]
    public void Edges_are_not_flagged(string rec, string place)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, dec: "01/09/2024", rec: rec).Run(Rule));
    }
}
