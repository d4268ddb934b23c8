namespace JoinedUp.Analytics.Disclosure;

/// <summary>
/// A two-way table of counts of children with its row totals, column totals and grand total, after primary and
/// secondary suppression. Cells are [row, column]; the totals are published (or suppressed) alongside.
/// </summary>
public sealed class SuppressedTable
{
    internal SuppressedTable(Figure[,] cells, Figure[] rowTotals, Figure[] columnTotals, Figure grandTotal)
    {
        Cells = cells;
        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
        GrandTotal = grandTotal;
    }

    public Figure[,] Cells { get; }
    public Figure[] RowTotals { get; }
    public Figure[] ColumnTotals { get; }
    public Figure GrandTotal { get; }
    public int RowCount => Cells.GetLength(0);
    public int ColumnCount => Cells.GetLength(1);
}
