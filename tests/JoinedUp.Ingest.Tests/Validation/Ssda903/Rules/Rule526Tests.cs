using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule526Tests
{
    private static readonly Rule526 Rule = new();

    [Theory]
    [InlineData("K2")]
    [InlineData("U1")]
    [InlineData("P1")]
    public void A_placement_without_a_provider_is_flagged(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: null).Run(Rule));
        Assert.Equal(("526", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("T0", null)]
    [InlineData("T4", null)]
    [InlineData("Z1", null)]
    [InlineData("K2", "PR4")]
    public void Edges_are_not_flagged(string place, string? provider)
    {
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
    }
}
