using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JoinedUp.Register.Import;

/// <summary>Reads the first worksheet of a DSR spreadsheet saved as XLSX with DocumentFormat.OpenXml (shared and inline strings, numbers, booleans).</summary>
public static class XlsxSheetReader
{
    public static SpreadsheetRows Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no worksheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        IReadOnlyList<string>? headers = null;
        var rows = new List<(int, IReadOnlyList<string>)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new SortedDictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                cells[column] = Text(cell, shared);
            }
            var list = cells.Count == 0 ? new List<string>() : Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, "")).ToList();
            if (list.All(string.IsNullOrWhiteSpace)) continue;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1 + (headers is null ? 0 : 1)));
            if (headers is null) headers = list;
            else rows.Add((number, list));
        }
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
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
