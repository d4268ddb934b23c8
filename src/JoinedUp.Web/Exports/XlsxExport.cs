using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Web.Exports;

/// <summary>A published table as a one-sheet XLSX workbook: numbers as numbers, withheld cells as "c", text neutralised.</summary>
public static class XlsxExport
{
    public static byte[] Write(ReportTable table, IReadOnlyList<string> notes)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 1;
            data.Append(TextRow(rowIndex++, [table.Caption]));
            data.Append(TextRow(rowIndex++, table.Headers));
            foreach (var row in table.Rows)
            {
                var cells = new List<Cell> { TextCell(row.Label) };
                cells.AddRange(row.Cells.Select(c => c.Value is { } v
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) }
                    : TextCell(c.Text)));
                data.Append(new Row(cells) { RowIndex = rowIndex++ });
            }
            rowIndex++;
            foreach (var note in notes) data.Append(TextRow(rowIndex++, [note]));
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Figures" });
            workbook.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static Row TextRow(uint index, IEnumerable<string> texts) => new(texts.Select(TextCell)) { RowIndex = index };

    private static Cell TextCell(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(CellText.Neutralise(text)) { Space = SpaceProcessingModeValues.Preserve }) };
}
