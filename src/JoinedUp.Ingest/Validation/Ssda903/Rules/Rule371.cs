namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 371: a child in semi-independent or supported accommodation not subject to children's homes regulations must be
/// at least 16 when placed. The placement code is H5 in 2023/24 and K3 (supported accommodation) from 2024/25.
/// </summary>
public sealed class Rule371() : PlacementMinimumAge("371", "Child in supported accommodation not subject to children's homes regulations (H5 until 2023/24, K3 from 2024/25) should be at least 16 when placed.")
{
    protected override int MinimumAge => 16;

    protected override string PlacementFor(int year) => year <= 2024 ? "H5" : "K3";
}
