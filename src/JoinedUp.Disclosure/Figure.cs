using System.Globalization;

namespace JoinedUp.Disclosure;

/// <summary>How a published count came to be what it shows.</summary>
public enum FigureKind
{
    /// <summary>The true count: the viewer's own LA's children (the LA is their data controller).</summary>
    Exact,

    /// <summary>The true count with the cell key method's noise: every figure about other LAs, an ICS or the region.</summary>
    Perturbed,

    /// <summary>Not published: the table is too sparse at this breakdown (see <see cref="SparseTables"/>).</summary>
    Withheld,
}

/// <summary>
/// A published count of children (or of events such as placement moves): the value to show and how it was protected.
/// It never carries the true count of a protected cell, only whether that cell was small, which the sparsity rule
/// needs and which is never published.
/// </summary>
public readonly record struct Figure
{
    /// <summary>The mark shown for a withheld figure (as in DfE and ONS tables).</summary>
    public const string WithheldMark = "c";

    internal Figure(long value, FigureKind kind, bool small)
    {
        Value = value;
        Kind = kind;
        Small = small;
    }

    /// <summary>The value to show (0 when withheld).</summary>
    public long Value { get; }

    public FigureKind Kind { get; }

    /// <summary>The true count behind a protected figure was 1 to 4 (for <see cref="SparseTables"/> only).</summary>
    internal bool Small { get; }

    public bool Withheld => Kind == FigureKind.Withheld;

    /// <summary>The value when it may be shown, otherwise null.</summary>
    public long? Published => Withheld ? null : Value;

    /// <summary>A count that needs no protection: a structural figure, or the viewer's own LA's.</summary>
    public static Figure Exact(long value) => new(value, FigureKind.Exact, false);

    /// <summary>A figure not shown.</summary>
    public static Figure WithheldFigure { get; } = new(0, FigureKind.Withheld, false);

    public Figure Withhold() => new(0, FigureKind.Withheld, Small);

    public override string ToString() => Withheld ? WithheldMark : Value.ToString("N0", CultureInfo.InvariantCulture);
}
