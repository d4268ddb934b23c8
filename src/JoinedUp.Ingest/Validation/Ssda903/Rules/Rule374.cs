namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 374: a child placed in placement P3 must be at least 14 on the day the episode began.</summary>
public sealed class Rule374() : PlacementMinimumAge("374", "Child in residential employment (P3) should be at least 14 when placed.")
{
    protected override int MinimumAge => 14;

    protected override string PlacementFor(int year) => "P3";
}
