using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule178Tests
{
    private static readonly Rule178 Rule = new();

    [Theory]
    [InlineData("U1", "PR6")]
    [InlineData("U1", "pr1")]
    [InlineData("T1", "PR1")]
    [InlineData("Z1", "PR4")]
    public void An_unknown_provider_or_one_given_for_a_placement_with_none_is_flagged(string place, string provider)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
        Assert.Equal(("178", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("U1", "PR0")]
    [InlineData("K2", "PR5")]
    [InlineData("U1", null)]
    [InlineData("T4", null)]
    [InlineData("Z1", null)]
    public void Valid_or_blank_providers_are_not_flagged(string place, string? provider) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
}
