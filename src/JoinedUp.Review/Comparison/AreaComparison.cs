namespace JoinedUp.Review.Comparison;

/// <summary>
/// Areas' agreed ratings side by side on one framework version: for each area, its newest review on that version.
/// Ratings are partners' judgements about commissioning, not counts of children, so they are shown as they are.
/// </summary>
public sealed record AreaComparison(int FrameworkVersion, Framework.FrameworkDefinition Framework, IReadOnlyList<ComparedArea> Areas);

/// <summary>One area's newest review on the version and its agreed rating (if any) per statement key.</summary>
public sealed record ComparedArea(string AreaName, string Title, string Status, string OpenedAt, IReadOnlyDictionary<string, int> Agreed);
