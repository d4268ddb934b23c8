using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JoinedUp.Register.Export;

/// <summary>Writes rows of text cells (already neutralised) as CSV with CsvHelper or as a one-sheet XLSX with inline strings.</summary>
public static class RegisterSheetWriter
{
    public static void Write(Stream stream, RegisterExportFormat format, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (format == RegisterExportFormat.Csv)
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true), leaveOpen: true);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var h in headers) csv.WriteField(h);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.NextRecord();
            }
            return;
        }
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(headers));
        foreach (var row in rows) data.Append(Row(row));
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Dynamic Support Register" });
        workbook.Workbook.Save();
    }

    private static Row Row(IEnumerable<string> cells)
    {
        var row = new Row();
        foreach (var text in cells)
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
        return row;
    }
}
