namespace JoinedUp.Ingest.Snapshot;

/// <summary>One row of the snapshot as it came from the file: its spreadsheet row number and cell text by column.</summary>
public readonly record struct SnapshotRow(int Number, string?[] Cells);

/// <summary>
/// The snapshot's data, from a CSV or from one sheet of a workbook: its headings and a stream of rows. For a workbook,
/// reading the rows to the end also checks the sheet (formulas, merged cells) and throws a refusal naming the cell.
/// </summary>
public sealed class SnapshotTable
{
    public required string File { get; init; }
    public string? Sheet { get; init; }
    public required IReadOnlyList<string> Headings { get; init; }
    public required IEnumerable<SnapshotRow> Rows { get; init; }

    /// <summary>Workbooks hold dates as day numbers; CSVs as text.</summary>
    public bool FromWorkbook => Sheet is not null;

    /// <summary>Where a value is, for messages: "row 5" in a CSV, "sheet 'Snapshot' cell L5" in a workbook.</summary>
    public string Where(int row, int column) => Sheet is null ? $"row {row}" : $"sheet '{Sheet}' cell {ColumnName(column)}{row}";

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Zero-based column index of a cell reference such as "L5".</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
