namespace JoinedUp.Disclosure;

/// <summary>
/// A two-way table of published counts with labelled rows and columns and its totals, every cell, row total, column
/// total and the grand total counted from its own records and published on its own, so rows need not add up to their
/// totals. For callers that hold records, not counts (the register's regional figures, linkage, journeys to come).
/// </summary>
public sealed record ProtectedTable(
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<Figure>> Cells,
    IReadOnlyList<Figure> RowTotals,
    IReadOnlyList<Figure> ColumnTotals,
    Figure GrandTotal)
{
    public Figure this[string row, string column] => Cells[IndexOf(RowLabels, row)][IndexOf(ColumnLabels, column)];

    public Figure RowTotal(string row) => RowTotals[IndexOf(RowLabels, row)];

    public Figure ColumnTotal(string column) => ColumnTotals[IndexOf(ColumnLabels, column)];

    /// <summary>Every figure of the table, cells and totals (for <see cref="SparseTables"/>).</summary>
    public IEnumerable<Figure> All => Cells.SelectMany(r => r).Concat(RowTotals).Concat(ColumnTotals).Append(GrandTotal);

    /// <summary>
    /// Counts records into the table: each record falls in the row and column that <paramref name="rowOf"/> and
    /// <paramref name="columnOf"/> name (a record whose row or column is not a label of the table is left out).
    /// </summary>
    public static ProtectedTable Count<T>(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, IEnumerable<T> records,
        Func<T, string> rowOf, Func<T, string> columnOf, DisclosureControl disclosure) where T : IKeyedRecord
    {
        var rowIndex = Index(rowLabels);
        var columnIndex = Index(columnLabels);
        var cells = new CellCount[rowLabels.Count, columnLabels.Count];
        var rows = new CellCount[rowLabels.Count];
        var columns = new CellCount[columnLabels.Count];
        var all = new CellCount();
        foreach (var record in records)
        {
            if (!rowIndex.TryGetValue(rowOf(record), out var r) || !columnIndex.TryGetValue(columnOf(record), out var c)) continue;
            var own = disclosure.IsOwn(record.LaCode);
            cells[r, c].Add(record.RecordKey, own);
            rows[r].Add(record.RecordKey, own);
            columns[c].Add(record.RecordKey, own);
            all.Add(record.RecordKey, own);
        }
        return new ProtectedTable(rowLabels, columnLabels,
            Enumerable.Range(0, rowLabels.Count).Select(r => (IReadOnlyList<Figure>)Enumerable.Range(0, columnLabels.Count).Select(c => disclosure.Publish(cells[r, c])).ToList()).ToList(),
            rows.Select(disclosure.Publish).ToList(), columns.Select(disclosure.Publish).ToList(), disclosure.Publish(all));
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> labels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++) index.TryAdd(labels[i], i);
        return index;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++) if (labels[i] == label) return i;
        throw new KeyNotFoundException($"'{label}' is not a label of this table.");
    }
}
