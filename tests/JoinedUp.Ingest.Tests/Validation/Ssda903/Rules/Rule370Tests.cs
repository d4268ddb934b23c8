using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule370Tests
{
    [Fact]
    public void A_child_placed_in_P2_before_16_is_flagged() => PlacementMinimumAgeCases.DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(new Rule370(), "P2", 16, 2024);

    [Fact]
    public void Rule_370_was_deleted_for_2024_25()
    {
        Assert.Equal(new CollectionYears(2024, 2024), new Rule370().Years);
        Assert.DoesNotContain(Ssda903RuleSet.For(2025), r => r.Code == "370");
        Assert.DoesNotContain(Ssda903RuleSet.For(2026), r => r.Code == "370");
    }
}
