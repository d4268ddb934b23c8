using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace JoinedUp.Register.Import;

/// <summary>Reads a DSR spreadsheet saved as CSV (any common delimiter, BOM or not) with CsvHelper, up to <see cref="SheetLimits"/>.</summary>
public static class CsvSheetReader
{
    public static SpreadsheetRows Read(Stream stream, string fileName)
    {
        if (stream.CanSeek && stream.Length - stream.Position > SheetLimits.MaxCsvBytes)
            throw Ingest.Files.FileRules.Refuse(Ingest.Files.FileRules.TooLarge,
                $"The file is {(stream.Length - stream.Position) / 1048576.0:0.#} MB; a register file may be at most {SheetLimits.MaxCsvBytes / 1048576} MB.", fileName);
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
            var count = csv.Parser.Count;
            while (count > 0 && string.IsNullOrWhiteSpace(csv.GetField(count - 1))) count--;
            if (count == 0) continue;
            if (count > SheetLimits.MaxColumns) throw SheetLimits.TooWide(fileName, csv.Parser.RawRow);
            var cells = Enumerable.Range(0, count).Select(i => csv.GetField(i) ?? "").ToList();
            if (headers is null) headers = cells;
            else
            {
                if (rows.Count == SheetLimits.MaxRows) throw SheetLimits.TooLong(fileName, csv.Parser.RawRow);
                rows.Add((csv.Parser.RawRow, cells));
            }
        }
        return new SpreadsheetRows(headers ?? [], rows);
    }
}
