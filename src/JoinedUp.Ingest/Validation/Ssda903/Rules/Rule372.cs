namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 372: a child placed in placement R5 must be at least 10 on the day the episode began.</summary>
public sealed class Rule372() : PlacementMinimumAge("372", "Child in youth custody or prison (R5) should be at least 10 when placed.")
{
    protected override int MinimumAge => 10;

    protected override string PlacementFor(int year) => "R5";
}
