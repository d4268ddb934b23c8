using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule375Tests
{
    [Fact]
    public void A_T1_placement_longer_than_six_weeks_is_flagged() => TemporaryPlacementLengthCases.OneDayTooLongIsFlaggedOnDec(new Rule375(), "T1", 42);
}
