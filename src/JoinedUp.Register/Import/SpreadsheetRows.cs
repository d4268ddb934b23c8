namespace JoinedUp.Register.Import;

/// <summary>A sheet as read from CSV or XLSX: its header cells and data rows, each with its 1-based row number in the file.</summary>
public sealed record SpreadsheetRows(IReadOnlyList<string> Headers, IReadOnlyList<(int RowNumber, IReadOnlyList<string> Cells)> Rows);
