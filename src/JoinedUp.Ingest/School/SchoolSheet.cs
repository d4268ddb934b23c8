namespace JoinedUp.Ingest.School;

/// <summary>One row of the extract: its row number in the file (or sheet) and its cells, blanks as null.</summary>
public readonly record struct SchoolRow(int Number, string?[] Cells);

/// <summary>One table of the extract, from a CSV file or one sheet of a workbook: which table, its headings and its rows.</summary>
public sealed record SchoolSheet(string File, string? Sheet, SchoolTableKind Kind, IReadOnlyList<string> Headings, IReadOnlyList<SchoolRow> Rows)
{
    /// <summary>Workbooks hold dates as day numbers; CSVs as text.</summary>
    public bool FromWorkbook => Sheet is not null;

    /// <summary>The table's name in messages: the sheet's name, else "exclusions" or "attendance".</summary>
    public string TableName => Sheet ?? (Kind == SchoolTableKind.Exclusions ? "exclusions" : "attendance");
}
