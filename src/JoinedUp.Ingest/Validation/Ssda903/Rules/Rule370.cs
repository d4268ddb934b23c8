namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 370: a child placed in placement P2 must be at least 16 on the day the episode began.</summary>
public sealed class Rule370() : PlacementMinimumAge("370", "Child in independent living (P2) should be at least 16 when placed.")
{
    /// <summary>The DfE deleted 370 for 2024/25.</summary>
    public override CollectionYears Years => CollectionYears.Until(2024);

    protected override int MinimumAge => 16;

    protected override string PlacementFor(int year) => "P2";
}
