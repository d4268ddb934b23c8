using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule528Tests
{
    private static readonly Rule528 Rule = new();

    [Theory]
    [InlineData("P1")]
    [InlineData("R2")]
    [InlineData("R5")]
    public void The_provider_cannot_provide_this_placement(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR2").Run(Rule));
        Assert.Equal(("528", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("U1", "PR2")]
    [InlineData("K2", "PR2")]
    [InlineData("P1", "PR3")]
    [InlineData("R2", "PR3")]
    [InlineData("R5", "PR3")]
    public void Edges_are_not_flagged(string place, string provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
