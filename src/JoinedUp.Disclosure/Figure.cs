using System.Globalization;

namespace JoinedUp.Disclosure;

/// <summary>How a published count came to be what it shows.</summary>
public enum FigureKind
{
    /// <summary>The true count: the viewer's own LA's children (the LA is their data controller).</summary>
    Exact,

    /// <summary>The true count with the cell key method's noise: every figure about other LAs, an ICS or the region.</summary>
    Perturbed,
}

/// <summary>
/// A published count of children (or of events such as placement moves): the value to show and how it was protected
/// (a table too sparse to publish is refused whole by its view, see <see cref="SparseTables"/>).
/// It never carries the true count of a protected cell, only whether that cell was small, which the sparsity rule
/// needs and which is never published.
/// </summary>
public readonly record struct Figure
{
    /// <summary>The mark shown where a figure is not published (a sparse breakdown, an average of too few children), as in DfE and ONS tables.</summary>
    public const string WithheldMark = "c";

    internal Figure(long value, FigureKind kind, bool small)
    {
        Value = value;
        Kind = kind;
        Small = small;
    }

    /// <summary>The value to show.</summary>
    public long Value { get; }

    public FigureKind Kind { get; }

    /// <summary>The true count behind a protected figure was 1 to 4 (for <see cref="SparseTables"/> only).</summary>
    internal bool Small { get; }

    /// <summary>A count that needs no protection: a structural figure, or the viewer's own LA's.</summary>
    public static Figure Exact(long value) => new(value, FigureKind.Exact, false);

    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture);
}
