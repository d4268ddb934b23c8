namespace JoinedUp.Ingest.Tables;

/// <summary>
/// One row of a return table, whatever file it came from: values in the order of the table's fields, blank as null.
/// For CSV the row number is the spreadsheet row (the heading is row 1); for XML it is the element's position
/// among the table's elements. A CSV reader hands out the same row object for every row of a file, refilled, so a
/// row is to be read before the next is asked for, not kept.
/// </summary>
public sealed class ReturnRow(TableSpec table, string file, int number, string?[] values)
{
    public TableSpec Table { get; } = table;

    public string File { get; } = file;

    public int Number { get; internal set; } = number;

    public string?[] Values { get; } = values;

    public string? this[string field] => Values[Table[field]];
}
