using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>
/// Opens a placements snapshot workbook (XLSX) and streams its data sheet with the SAX-style OpenXmlReader, one row in
/// memory at a time. Refused, each with the sheet, cell and rule: a file over <see cref="MaxBytes"/>; no visible sheet
/// with the snapshot's headings (or the data on a hidden sheet); a formula anywhere on the data sheet; cells merged in
/// the data area; a package that would expand too far (a zip bomb), checked by <see cref="WorkbookExpansion"/> before
/// OpenXml reads a byte of any part. Other sheets (notes, the template's hidden lists) are ignored.
/// </summary>
public static class SnapshotWorkbook
{
    /// <summary>Largest workbook accepted (the shared limit of every workbook reader).</summary>
    public const long MaxBytes = WorkbookExpansion.MaxBytes;

    public static SnapshotTable Open(string path)
    {
        WorkbookExpansion.Check(path);
        using var document = OpenDocument(path);
        var workbook = document.WorkbookPart ?? throw FileRules.Refuse(FileRules.UnknownKind, "The file is not an Excel workbook (no workbook part).", path);
        var strings = WorkbookStrings.Shared(workbook);
        (string Name, string Id, IReadOnlyList<string> Headings)? hidden = null;
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } name) continue;
            if (workbook.GetPartById(id) is not WorksheetPart part) continue;
            var headings = FirstRow(part, strings);
            if (headings is null || SnapshotFields.Map(headings) is null) continue;
            var isHidden = sheet.State?.Value == SheetStateValues.Hidden || sheet.State?.Value == SheetStateValues.VeryHidden;
            if (isHidden)
            {
                hidden ??= (name, id, headings);
                continue;
            }
            return new SnapshotTable { File = path, Sheet = name, Headings = headings, Rows = Rows(path, name, id, strings) };
        }
        if (hidden is { } h)
            throw Refuse(SnapshotRules.HiddenSheet, $"The snapshot's data is on the hidden sheet '{h.Name}'. Unhide it (or copy it to a visible sheet) so that what is sent is what the LA sees.", path, h.Name);
        throw Refuse(SnapshotRules.NoDataSheet, "No visible sheet has the snapshot's headings (at least Child ID and Weekly cost in the first row). Use the template from `joinedup template snapshot`.", path, null);
    }

    private static SpreadsheetDocument OpenDocument(string path)
    {
        try
        {
            return SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw FileRules.Refuse(FileRules.UnknownKind, $"The file cannot be opened as an Excel workbook (.xlsx): {e.Message}", path);
        }
    }

    private static IReadOnlyList<string>? FirstRow(WorksheetPart part, List<string> strings)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? SnapshotTable.ColumnIndex(r) : cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(Value(cell, strings) ?? "");
            }
            return cells.Any(c => c.Length > 0) ? cells : null;
        }
        return null;
    }

    private static IEnumerable<SnapshotRow> Rows(string path, string sheetName, string id, List<string> strings)
    {
        using var document = OpenDocument(path);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(id);
        using var reader = OpenXmlReader.Create(part);
        var first = true;
        var headerRow = 1;
        var lastRow = 1;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                var reference = ((MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "";
                var bottom = reference.Split(':')[^1];
                if (int.TryParse(new string(bottom.SkipWhile(char.IsAsciiLetter).ToArray()), out var bottomRow) && bottomRow >= headerRow)
                    throw Refuse(SnapshotRules.MergedCells, $"Cells {reference} on sheet '{sheetName}' are merged in the data area; unmerge them and give each row its own values.", path, sheetName);
                continue;
            }
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int?)row.RowIndex?.Value ?? lastRow + 1;
            lastRow = number;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? SnapshotTable.ColumnIndex(r) : cells.Count;
                if (cell.CellFormula is not null)
                    throw Refuse(SnapshotRules.Formula,
                        $"Sheet '{sheetName}' cell {SnapshotTable.ColumnName(column)}{number} holds a formula (={cell.CellFormula.Text}); paste values only so the figure sent is the figure stored.", path, sheetName, number);
                while (cells.Count < column) cells.Add(null);
                var value = Value(cell, strings)?.Trim();
                cells.Add(string.IsNullOrEmpty(value) ? null : value);
            }
            if (first)
            {
                first = false;
                headerRow = number;
                continue;
            }
            if (cells.All(c => c is null)) continue;
            yield return new SnapshotRow(number, cells.ToArray());
        }
    }

    private static string? Value(Cell cell, List<string> strings)
    {
        var text = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        if (cell.DataType?.Value == CellValues.Boolean) return text == "1" ? "Y" : "N";
        return text;
    }

    private static ReturnFileException Refuse(Domain.Codes.RuleDefinition rule, string message, string path, string? sheet, int? row = null) =>
        FileRules.Refuse(rule.Code, message, path, sheet ?? "workbook", row);
}
