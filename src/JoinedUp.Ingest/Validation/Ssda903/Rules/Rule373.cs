namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 373: a child placed in placement S1 must be at least 4 on the day the episode began.</summary>
public sealed class Rule373() : PlacementMinimumAge("373", "Child placed in a school (S1) should be at least 4 when placed.")
{
    protected override int MinimumAge => 4;

    protected override string PlacementFor(int year) => "S1";
}
