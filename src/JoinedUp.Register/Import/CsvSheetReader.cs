using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace JoinedUp.Register.Import;

/// <summary>Reads a DSR spreadsheet saved as CSV (any common delimiter, BOM or not) with CsvHelper.</summary>
public static class CsvSheetReader
{
    public static SpreadsheetRows Read(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
        };
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<(int, IReadOnlyList<string>)>();
        IReadOnlyList<string>? headers = null;
        while (csv.Read())
        {
            var cells = Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? "").ToList();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (headers is null) headers = cells;
            else rows.Add((csv.Parser.RawRow, cells));
        }
        return new SpreadsheetRows(headers ?? [], rows);
    }
}
