using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule550Tests
{
    private static readonly Rule550 Rule = new();

    [Theory]
    [InlineData("U1")]
    [InlineData("K2")]
    [InlineData("P2")]
    public void The_provider_cannot_provide_this_placement(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR0").Run(Rule));
        Assert.Equal(("550", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("P1", "PR0")]
    [InlineData("U1", "PR1")]
    [InlineData("K2", "PR1")]
    [InlineData("P2", "PR1")]
    public void Edges_are_not_flagged(string place, string provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
