using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Snapshot;

namespace JoinedUp.Ingest.School;

/// <summary>
/// Recognises and opens the LA's exclusions and attendance extract: a CSV whose headings are the exclusions or the
/// attendance table's, or a workbook (XLSX) with a visible sheet of either or both (checked for zip bombs first;
/// formulas and hidden data sheets refused, as for the snapshot). A file that cannot be parsed refuses the submission.
/// </summary>
public static class SchoolCensusFiles
{
    public static bool RecognisesCsv(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && CsvHeadings(path) is { } headings && SchoolCensusFields.KindOf(headings) is not null;

    /// <summary>Whether a workbook has a sheet of the extract's headings (read after the zip-bomb check).</summary>
    public static bool RecognisesWorkbook(string path)
    {
        if (!PlacementsSnapshotFiles.IsWorkbook(path)) return false;
        try
        {
            // A workbook that must not be opened is not recognised here: the snapshot's reader refuses it within its submission.
            WorkbookExpansion.Check(path);
            using var document = SpreadsheetDocument.Open(path, false);
            if (document.WorkbookPart is not { } workbook) return false;
            var strings = WorkbookStrings.Shared(workbook);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part
                    && part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>().FirstOrDefault() is { } first
                    && SchoolCensusFields.KindOf(Cells(first, strings).Select(c => c ?? "").ToList()) is not null)
                    return true;
            return false;
        }
        catch (Exception e) when (e is ReturnFileException or OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            return false;
        }
    }

    /// <summary>The tables a file holds, each whole in memory (an LA's extract is a few tens of thousands of rows).</summary>
    public static IReadOnlyList<SchoolSheet> Open(string path) => PlacementsSnapshotFiles.IsWorkbook(path) ? OpenWorkbook(path) : [OpenCsv(path)];

    private static IReadOnlyList<string>? CsvHeadings(string path)
    {
        using var reader = TextDecoding.OpenHeadingText(path);
        using var parser = new CsvParser(reader, Configuration);
        return parser.Read() ? parser.Record : null;
    }

    private static SchoolSheet OpenCsv(string path)
    {
        var headings = CsvHeadings(path) ?? throw FileRules.Refuse(FileRules.Empty, "The file has no heading row.", path);
        var kind = SchoolCensusFields.KindOf(headings)
            ?? throw FileRules.Refuse(FileRules.UnknownKind, "The headings are neither the exclusions table's (UPN, ExclusionCategory...) nor the attendance table's (UPN, SessionsPossible...).", path, row: 1);
        var rows = new List<SchoolRow>();
        using var reader = TextDecoding.OpenText(path);
        using var parser = new CsvParser(reader, Configuration);
        parser.Read();
        while (true)
        {
            try
            {
                if (!parser.Read()) break;
            }
            catch (CsvHelperException e)
            {
                throw FileRules.Refuse(FileRules.MalformedCsv, $"The CSV cannot be parsed near row {parser.Row}: {e.Message.Split('\n')[0]}", path, kind.ToString().ToLowerInvariant(), parser.Row);
            }
            var record = parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new SchoolRow(parser.Row, record.Select(v => string.IsNullOrWhiteSpace(v) ? null : v.Trim()).ToArray()));
        }
        return new SchoolSheet(path, null, kind, headings, rows);
    }

    private static IReadOnlyList<SchoolSheet> OpenWorkbook(string path)
    {
        WorkbookExpansion.Check(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw FileRules.Refuse(FileRules.UnknownKind, $"The file cannot be opened as an Excel workbook (.xlsx): {e.Message}", path);
        }
        using (document)
        {
            var workbook = document.WorkbookPart ?? throw FileRules.Refuse(FileRules.UnknownKind, "The file is not an Excel workbook (no workbook part).", path);
            var strings = WorkbookStrings.Shared(workbook);
            var sheets = new List<SchoolSheet>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } name || workbook.GetPartById(id) is not WorksheetPart part) continue;
                var all = part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];
                if (all.Count == 0) continue;
                var headings = Cells(all[0], strings).Select(c => c ?? "").ToList();
                if (SchoolCensusFields.KindOf(headings) is not { } kind) continue;
                if (sheet.State?.Value == SheetStateValues.Hidden || sheet.State?.Value == SheetStateValues.VeryHidden)
                    throw FileRules.Refuse(SnapshotRules.HiddenSheet.Code, $"The {kind.ToString().ToLowerInvariant()} data is on the hidden sheet '{name}'. Unhide it so that what is sent is what the LA sees.", path, name);
                var rows = new List<SchoolRow>();
                foreach (var row in all.Skip(1))
                {
                    var number = (int?)row.RowIndex?.Value ?? rows.Count + 2;
                    if (row.Elements<Cell>().FirstOrDefault(c => c.CellFormula is not null) is { } formula)
                        throw FileRules.Refuse(SnapshotRules.Formula.Code,
                            $"Sheet '{name}' cell {formula.CellReference?.Value} holds a formula; paste values only so the figure sent is the figure stored.", path, name, number);
                    var cells = Cells(row, strings);
                    if (cells.All(c => c is null)) continue;
                    rows.Add(new SchoolRow(number, cells));
                }
                sheets.Add(new SchoolSheet(path, name, kind, headings, rows));
            }
            if (sheets.Count == 0)
                throw FileRules.Refuse(FileRules.UnknownKind, "No visible sheet has the headings of the exclusions (UPN, ExclusionCategory...) or attendance (UPN, SessionsPossible...) table.", path);
            return sheets;
        }
    }

    private static string?[] Cells(Row row, List<string> strings)
    {
        var cells = new List<string?>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } r ? SnapshotTable.ColumnIndex(r) : cells.Count;
            while (cells.Count < column) cells.Add(null);
            var text = cell.CellValue?.Text;
            string? value = cell.DataType?.Value == CellValues.SharedString
                ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : text;
            value = value?.Trim();
            cells.Add(string.IsNullOrEmpty(value) ? null : value);
        }
        return cells.ToArray();
    }

    private static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        BadDataFound = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = true,
    };
}
