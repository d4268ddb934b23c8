using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule527Tests
{
    private static readonly Rule527 Rule = new();

    [Theory]
    [InlineData("P1")]
    [InlineData("R2")]
    [InlineData("R5")]
    public void The_provider_cannot_provide_this_placement(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR1").Run(Rule));
        Assert.Equal(("527", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("U1", "PR1")]
    [InlineData("K2", "PR1")]
    [InlineData("R1", "PR1")]
    [InlineData("P1", "PR3")]
    [InlineData("R2", "PR3")]
    [InlineData("R5", "PR3")]
    public void Edges_are_not_flagged(string place, string provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
