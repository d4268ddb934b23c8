namespace JoinedUp.Disclosure;

/// <summary>
/// The one disclosure-control component for every figure that counts children (dashboards, API, exports, linkage,
/// register, forecasts): made once per viewer. The viewer's own LA (an LA user's) is shown exactly, because the LA is
/// the data controller of its children; every cell that holds any other LA's children, an ICS's or the region's, is
/// perturbed with the cell key method (<see cref="PerturbationTable"/>). There is no "c" for small numbers; a table too
/// sparse to publish at its breakdown is refused whole (<see cref="SparseTables"/>).
/// </summary>
/// <param name="OwnLa">The DfE code of the viewer's own LA, or null for ICS, regional and other users.</param>
public sealed record DisclosureControl(string? OwnLa)
{
    /// <summary>Protection for a viewer who owns no LA's data: everything perturbed.</summary>
    public static DisclosureControl Protected { get; } = new((string?)null);

    /// <summary>
    /// Exact figures for every LA in the set: for measuring how far the protected figures are from the truth
    /// (benchmarks and tests) and nothing that is shown to a user.
    /// </summary>
    public static DisclosureControl ExactForMeasurement(IReadOnlySet<string> las) => new((string?)null) { ExactLas = las };

    private IReadOnlySet<string>? ExactLas { get; init; }

    /// <summary>
    /// For figures that hold the viewer's own LA's children beside other LAs' (an LA user's comparators: their ICS,
    /// their region): the own LA's children counted exactly and the other LAs' perturbed as a cell of their own, so that
    /// subtracting the LA's exact figure from the comparator leaves a protected figure, never another LA's exact count
    /// (decision 0008). Without it the whole cell is perturbed together and, 30% of the time unchanged, would give the
    /// other LAs' exact count away to someone who knows their own.
    /// </summary>
    public bool SeparatesOwnLa { get; init; }

    /// <summary>Counts the records of a cell and publishes it.</summary>
    public Figure Count<T>(IEnumerable<T> records) where T : IKeyedRecord
    {
        var cell = new CellCount();
        foreach (var r in records) cell.Add(r.RecordKey, IsOwn(r.LaCode));
        return Publish(cell);
    }

    /// <summary>Counts events (e.g. placement moves) of the records of a cell: each record adds its weight.</summary>
    public Figure Sum<T>(IEnumerable<T> records, Func<T, long> weight) where T : IKeyedRecord
    {
        var cell = new CellCount();
        foreach (var r in records) cell.Add(r.RecordKey, IsOwn(r.LaCode), weight(r));
        return Publish(cell);
    }

    /// <summary>Whether records of this LA are the viewer's own (for callers that count cells themselves).</summary>
    public bool IsOwn(string laCode) => (OwnLa is not null && string.Equals(laCode, OwnLa, StringComparison.Ordinal)) || (ExactLas?.Contains(laCode) ?? false);

    /// <summary>The smallest published count of children behind an average, a median or a share about other LAs' children.</summary>
    public const int MagnitudeMinimum = 10;

    /// <summary>Whether an average, median or share about the children a figure counts may be shown beside it.</summary>
    public static bool ShowsMagnitude(Figure children) => children.Kind == FigureKind.Exact || children.Value >= MagnitudeMinimum;

    /// <summary>The published figure of a counted cell: exact when every record is the viewer's own LA's, otherwise perturbed.</summary>
    public Figure Publish(CellCount cell)
    {
        if ((OwnLa is not null || ExactLas is not null) && !cell.HasOtherLas) return Figure.Exact(cell.Count);
        if (SeparatesOwnLa && (OwnLa is not null || ExactLas is not null))
            return new Figure(cell.Count - cell.OtherCount + PerturbationTable.Publish(cell.OtherCount, cell.OtherCellKey), FigureKind.Perturbed,
                cell.OtherCount is > 0 and < PerturbationTable.SmallestShown);
        return new Figure(PerturbationTable.Publish(cell.Count, cell.CellKey), FigureKind.Perturbed, cell.Count is > 0 and < PerturbationTable.SmallestShown);
    }
}
