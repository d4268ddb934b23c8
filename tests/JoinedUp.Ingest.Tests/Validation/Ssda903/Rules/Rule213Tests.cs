using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule213Tests
{
    private static readonly Rule213 Rule = new();

    [Theory]
    [InlineData("T0")]
    [InlineData("T4")]
    public void A_provider_on_a_temporary_placement_is_flagged(string place)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, placeProvider: "PR1").Run(Rule));
        Assert.Equal(("213", 2, "PLACE_PROVIDER"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("T1", null)]
    [InlineData("U1", "PR1")]
    [InlineData("Z1", "PR1")] // rule 178's
    public void Other_cases_are_not_flagged(string place, string? provider) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, placeProvider: provider).Run(Rule));
}
