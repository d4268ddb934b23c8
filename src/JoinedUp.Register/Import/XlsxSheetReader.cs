using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Register.Import;

/// <summary>
/// Reads the first worksheet of a DSR spreadsheet saved as XLSX with DocumentFormat.OpenXml (shared and inline strings,
/// numbers, booleans). The package is checked by <see cref="WorkbookExpansion"/> (the zip-bomb check every workbook
/// reader makes) before it is opened, and the sheet is streamed one row at a time, up to <see cref="SheetLimits"/>.
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>Reads the sheet; throws <see cref="ReturnFileException"/> for a workbook that must not be opened or is over the limits.</summary>
    public static SpreadsheetRows Read(Stream stream, string fileName)
    {
        WorkbookExpansion.Check(stream, fileName);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no worksheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = WorkbookStrings.Shared(workbook);
        IReadOnlyList<string>? headers = null;
        var rows = new List<(int, IReadOnlyList<string>)>();
        // One cell in memory at a time (never a whole row: one row can hold a sheet's worth of cells).
        using var reader = OpenXmlReader.Create(part);
        var lastRow = 0;
        var number = 0;
        var next = 0;
        SortedDictionary<int, string>? cells = null;
        void EndRow()
        {
            if (cells is not { Count: > 0 }) return;
            var list = Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, "")).ToList();
            if (headers is null) headers = list;
            else
            {
                if (rows.Count == SheetLimits.MaxRows) throw SheetLimits.TooLong(fileName, number);
                rows.Add((number, list));
            }
        }
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                EndRow();
                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                number = int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : lastRow + 1;
                lastRow = number;
                (cells, next) = (new SortedDictionary<int, string>(), 0);
            }
            else if (reader.ElementType == typeof(Cell) && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                var text = Text(cell, shared);
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (column >= SheetLimits.MaxColumns) throw SheetLimits.TooWide(fileName, number);
                cells[column] = text;
            }
        }
        EndRow();
        return new SpreadsheetRows(headers ?? [], rows);
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index < shared.Count)
            return shared[index];
        if (cell.DataType?.Value == CellValues.Boolean) return value == "1" ? "TRUE" : "FALSE";
        return value;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = Math.Min(index * 26 + (char.ToUpperInvariant(c) - 'A' + 1), 1 << 20);
        return index - 1;
    }
}
