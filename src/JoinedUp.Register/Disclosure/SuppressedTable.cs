namespace JoinedUp.Register.Disclosure;

/// <summary>A two-way table of counts with its row, column and grand totals, after small-number suppression.</summary>
public sealed record SuppressedTable(
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<SuppressedCount>> Cells,
    IReadOnlyList<SuppressedCount> RowTotals,
    IReadOnlyList<SuppressedCount> ColumnTotals,
    SuppressedCount GrandTotal)
{
    public SuppressedCount this[string row, string column] => Cells[IndexOf(RowLabels, row)][IndexOf(ColumnLabels, column)];

    public SuppressedCount RowTotal(string row) => RowTotals[IndexOf(RowLabels, row)];

    public SuppressedCount ColumnTotal(string column) => ColumnTotals[IndexOf(ColumnLabels, column)];

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++) if (labels[i] == label) return i;
        throw new KeyNotFoundException($"'{label}' is not a label of this table.");
    }
}
