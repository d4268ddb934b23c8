using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule373Tests
{
    [Fact]
    public void A_child_placed_in_S1_before_4_is_flagged() => PlacementMinimumAgeCases.DayBeforeTheBirthdayIsFlaggedAndTheBirthdayIsNot(new Rule373(), "S1", 4, 2025);
}
