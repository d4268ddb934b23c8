namespace JoinedUp.Ingest.Tables;

/// <summary>
/// One row of a return table, whatever file it came from: values in the order of the table's fields, blank as null.
/// For CSV the row number is the spreadsheet row (the heading is row 1); for XML it is the element's position
/// among the table's elements.
/// </summary>
public sealed record ReturnRow(TableSpec Table, string File, int Number, string?[] Values)
{
    public string? this[string field] => Values[Table[field]];
}
