using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule376Tests
{
    [Fact]
    public void A_T3_placement_longer_than_three_weeks_is_flagged() => TemporaryPlacementLengthCases.OneDayTooLongIsFlaggedOnDec(new Rule376(), "T3", 21);
}
