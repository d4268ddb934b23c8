using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule529Tests
{
    private static readonly Rule529 Rule = new();

    [Theory]
    [InlineData("P1")]
    [InlineData("A3")]
    [InlineData("A6")]
    [InlineData("K1")]
    [InlineData("K2")]
    [InlineData("U1")]
    [InlineData("U6")]
    public void The_provider_cannot_provide_this_placement(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR3").Run(Rule));
        Assert.Equal(("529", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("R2", "PR3")]
    [InlineData("R5", "PR3")]
    [InlineData("S1", "PR3")]
    [InlineData("P1", "PR4")]
    [InlineData("A3", "PR4")]
    [InlineData("A6", "PR4")]
    [InlineData("K1", "PR4")]
    [InlineData("K2", "PR4")]
    [InlineData("U1", "PR4")]
    [InlineData("U6", "PR4")]
    public void Edges_are_not_flagged(string place, string provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
