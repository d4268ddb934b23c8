using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleJU03Tests
{
    private static readonly RuleJU03 Rule = new();

    [Theory]
    [InlineData("A4", "C2", true)]
    [InlineData("A6", "V2", true)]
    [InlineData("A3", null, true)]
    [InlineData("A5", "E1", false)]
    [InlineData("A3", "D1", false)]
    [InlineData("U1", "C2", false)]
    public void A_placement_for_adoption_needs_a_placement_or_freeing_order(string place, string? legalStatus, bool flagged)
    {
        var submission = new TestReturn().Header().Episode(place: place, ls: legalStatus);
        Assert.Equal(flagged ? ["episodes:2"] : [], submission.Flagged(Rule));
    }
}
