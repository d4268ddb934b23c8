using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule379Tests
{
    [Fact]
    public void A_T4_placement_longer_than_seven_days_is_flagged() => TemporaryPlacementLengthCases.OneDayTooLongIsFlaggedOnDec(new Rule379(), "T4", 7);
}
