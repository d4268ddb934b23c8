using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>
/// One row of an SSDA903 table as the rules read it: its values as written (blank as null) in the order of the table's
/// fields, the file and row it came from, and its dates parsed once (null when blank or not a date; the text says which).
/// </summary>
public abstract class Ssda903Row
{
    protected Ssda903Row(TableSpec table, string file, int number, string?[] values)
    {
        Table = table;
        File = file;
        Number = number;
        Values = values;
    }

    public TableSpec Table { get; }

    /// <summary>The file's name (no folder).</summary>
    public string File { get; }

    /// <summary>The row number as the LA's report gives it (see <see cref="ReturnRow.Number"/>).</summary>
    public int Number { get; }

    public string?[] Values { get; }

    /// <summary>The child's ID as the LA gives it (CHILD).</summary>
    public string? Child => Values[0];

    /// <summary>The value of a field by its DfE name (slower than the typed properties; for messages and tests).</summary>
    public string? this[string field] => Values[Table[field]];

    protected static DateOnly? Date(string? text) => text is not null && ReturnDates.TryParse(text, out var date) ? date : null;

    /// <summary>True when the field holds text that is not a date (blank is not "invalid").</summary>
    public static bool IsInvalidDate(string? text, DateOnly? parsed) => text is not null && parsed is null;
}
