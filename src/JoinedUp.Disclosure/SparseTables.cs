namespace JoinedUp.Disclosure;

/// <summary>
/// The sparsity rule of flexible table builders: a table most of whose non-empty cells hold 1 to 4 children says
/// more about individual children than noise can hide (a zero next to a handful narrows who they are), so it is not
/// released at that breakdown; the user is told why and offered a coarser one. Only protected figures count: a table
/// of the viewer's own LA is never refused.
/// </summary>
public static class SparseTables
{
    /// <summary>A table is refused when more than this share of its non-empty protected cells hold 1 to 4 children.</summary>
    public const double MaxSmallShare = 0.5;

    /// <summary>Whether a table (its cells and totals) is too sparse to publish.</summary>
    public static bool IsSparse(IEnumerable<Figure> cells)
    {
        int protectedNonEmpty = 0, small = 0;
        foreach (var f in cells)
        {
            if (f.Kind != FigureKind.Perturbed) continue;
            if (f.Small) small++;
            if (f.Small || f.Value > 0) protectedNonEmpty++;
        }
        return protectedNonEmpty > 0 && small > MaxSmallShare * protectedNonEmpty;
    }

    /// <summary>The message shown in place of a refused table.</summary>
    public static string Explanation(string what) =>
        $"{what} is not shown at this breakdown: most of its cells would count fewer than 5 children, which noise cannot protect. Choose a coarser breakdown (fewer filters, or a larger area).";
}
