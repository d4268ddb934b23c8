using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule374Tests
{
    [Fact]
    public void A_child_placed_in_P3_before_14_is_flagged() => PlacementMinimumAgeCases.DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(new Rule374(), "P3", 14, 2026);
}
