using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule531Tests
{
    private static readonly Rule531 Rule = new();

    [Theory]
    [InlineData("P1")]
    public void The_provider_cannot_provide_this_placement(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR5").Run(Rule));
        Assert.Equal(("531", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("K2", "PR5")]
    [InlineData("U4", "PR5")]
    [InlineData("P1", "PR0")]
    public void Edges_are_not_flagged(string place, string provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
