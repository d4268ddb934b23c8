using JoinedUp.Ingest.Files;

namespace JoinedUp.Register.Import;

/// <summary>
/// How much of a DSR spreadsheet an import preview reads and keeps in memory: a register is a few hundred to a few
/// thousand children, so a file over these limits is refused whole with a message saying how to split it.
/// </summary>
public static class SheetLimits
{
    /// <summary>Children (data rows) one import may hold.</summary>
    public const int MaxRows = 5000;

    /// <summary>Columns read; a register has about twenty.</summary>
    public const int MaxColumns = 200;

    /// <summary>Largest CSV file read (the XLSX limit is <see cref="WorkbookExpansion.MaxBytes"/>).</summary>
    public const long MaxCsvBytes = WorkbookExpansion.MaxBytes;

    public const string TooManyRows = "JU-IMPORT-ROWS";
    public const string TooManyColumns = "JU-IMPORT-COLUMNS";

    internal static ReturnFileException TooLong(string file, int row) =>
        FileRules.Refuse(TooManyRows, $"The file has more than {MaxRows:N0} children (row {row} is past the limit); one import takes at most {MaxRows:N0}. Split the file and import each part.", file, row: row);

    internal static ReturnFileException TooWide(string file, int row) =>
        FileRules.Refuse(TooManyColumns, $"Row {row} has a value past column {MaxColumns}; a register sheet has at most {MaxColumns} columns. Remove the extra columns.", file, row: row);
}
