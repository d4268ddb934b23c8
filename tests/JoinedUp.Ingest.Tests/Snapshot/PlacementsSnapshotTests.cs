using System.IO.Compression;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Snapshot;

/// <summary>The placements snapshot from CSV and XLSX, with LAs' own labels, and every hostile form refused with nothing stored.</summary>
public sealed class PlacementsSnapshotTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string[] Row =
    [
        "302", "C1001", "", "", "14", "Female", "BAFR", "01/09/2023", "residential special school", "Acme School", "123456", "Kent",
        "spot purchase", "5000", "40", "45", "15", "ASD", "SLCN", "LAC", "Y", "Y", "N",
    ];

    private string Workbook(string name, Action<WorkbookPart, Worksheet>? change = null)
    {
        var path = _folder.File(name);
        SnapshotTemplate.Write(path, [Row, Row.Select((v, i) => i == 1 ? "C1002" : v).ToArray()]);
        if (change is not null)
        {
            using var document = SpreadsheetDocument.Open(path, true);
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Descendants<Sheet>().First(s => s.Name == SnapshotTemplate.DataSheet);
            change(part, ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet);
            part.Workbook.Save();
        }
        return path;
    }

    private (ImportOutcome Outcome, RegionalStore Store) Import(string path)
    {
        var store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path));
        return (new ReturnImporter(store).Import([path], "302", 2024), store);
    }

    private ValidationIssue Refused(string path)
    {
        var (outcome, store) = Import(path);
        using (store)
        {
            Assert.Empty(store.Submissions());
            var submission = Assert.Single(outcome.Submissions);
            Assert.True(submission.Refused);
            return submission.Issues.First(i => i.Severity == IssueSeverity.Refused);
        }
    }

    [Fact]
    public void The_template_workbook_imports_with_costs_split_in_pounds()
    {
        var (outcome, store) = Import(Workbook("snapshot.xlsx"));
        using (store)
        {
            var submission = Assert.Single(outcome.Submissions);
            Assert.False(submission.Refused, string.Join("\n", submission.Issues));
            Assert.Equal(ReturnKind.PlacementsSnapshot, submission.Key.Return);
            using var connection = store.OpenConnection();
            var p = connection.QueryFirst("SELECT * FROM snapshot_placement ORDER BY row_number");
            Assert.Equal(store.Pseudonymiser.Pseudonymise("302", "C1001"), (string)p.pseudonym);
            Assert.Equal("residential special school", (string)p.placement_type);
            Assert.Equal("2023-09-01", (string)p.placement_start);
            Assert.Equal(5000.0, (double)p.weekly_cost);
            Assert.Equal(2000.0, (double)p.social_care_cost);
            Assert.Equal(2250.0, (double)p.education_cost);
            Assert.Equal(750.0, (double)p.health_cost);
            Assert.Equal("ASD", (string)p.primary_need);
            Assert.Equal("LAC", (string)p.status);
            Assert.Equal(1L, (long)p.behaviour_that_challenges);
            Assert.Equal(0L, (long)p.known_to_camhs);
            Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child"));
        }
    }

    [Fact]
    public void A_csv_with_the_labels_LAs_use_and_shares_in_pounds_imports()
    {
        var path = _folder.File("302_2024_placements.csv");
        File.WriteAllText(path, "Placing authority,Child ID,Age,Sex,Ethnicity,Placement start date,Type of placement,Provider,URN,Host LA,How sourced,Weekly cost (£),Social care contribution (£),Education contribution (£),Health contribution (£),Primary need,LAC / CIN / CP status\r\n"
            + "Barnet,X9,15,M,WBRI,2023-05-02,Children's Home,Home Ltd,SC1,Barnet,Spot,\"£6,000.00\",\"£5,000\",£500,£500,SEMH,Looked after\r\n");
        var (outcome, store) = Import(path);
        using (store)
        {
            var submission = Assert.Single(outcome.Submissions);
            Assert.False(submission.Refused, string.Join("\n", submission.Issues));
            using var connection = store.OpenConnection();
            var p = connection.QuerySingle("SELECT * FROM snapshot_placement");
            Assert.Equal("children's home", (string)p.placement_type);
            Assert.Equal(5000.0, (double)p.social_care_cost);
            Assert.Equal("spot purchase", (string)p.sourcing);
            Assert.Equal("LAC", (string)p.status);
        }
    }

    [Fact]
    public void A_formula_is_refused_naming_sheet_and_cell() =>
        Assert.Contains("cell N2 holds a formula", Refused(Workbook("f.xlsx", (_, sheet) =>
        {
            var cell = sheet.Descendants<Cell>().First(c => c.CellReference == "N2");
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellFormula = new CellFormula("O2*100");
            cell.CellValue = new CellValue("5000");
        })).Message);

    [Fact]
    public void Merged_cells_in_the_data_area_are_refused() =>
        Assert.Contains("A2:A3", Refused(Workbook("m.xlsx", (_, sheet) =>
            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A2:A3" }), sheet.GetFirstChild<SheetData>()))).Message);

    [Fact]
    public void Data_on_a_hidden_sheet_is_refused() =>
        Assert.Contains("hidden sheet 'Snapshot'", Refused(Workbook("h.xlsx", (part, _) =>
            part.Workbook.Descendants<Sheet>().First(s => s.Name == SnapshotTemplate.DataSheet).State = SheetStateValues.Hidden)).Message);

    [Fact]
    public void A_workbook_over_the_size_limit_is_refused()
    {
        var path = _folder.File("big.xlsx");
        using (var stream = File.Create(path)) stream.SetLength(SnapshotWorkbook.MaxBytes + 30 * 1024 * 1024);
        Assert.Equal("JU-FILE-SIZE", Refused(path).RuleCode);
    }

    [Fact]
    public void A_workbook_whose_sheet_expands_a_hundredfold_is_refused_before_it_is_read()
    {
        var path = Workbook("bomb.xlsx");
        string part;
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Descendants<Sheet>().First(s => s.Name == SnapshotTemplate.DataSheet);
            part = workbook.GetPartById(sheet.Id!).Uri.OriginalString.TrimStart('/');
        }
        const int megabytes = 64;
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(part)!.Delete();
            using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            stream.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++) stream.Write(spaces);
            stream.Write("</sheetData></worksheet>"u8);
        }
        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the bomb should be small on disk");

        var issue = Refused(path);
        Assert.Equal((FileRules.ExpandsTooFar, part, "bomb.xlsx"), (issue.RuleCode, issue.Table, issue.File));
        Assert.Contains($"'{part}' expands from", issue.Message);
        Assert.Contains("to 64 MB, more than 100 to 1", issue.Message);
    }

    [Theory]
    [InlineData(13, "about 5k", "JU-SNAP-02")]
    [InlineData(13, "-5000", "JU-SNAP-03")]
    [InlineData(14, "50", "JU-SNAP-04")]
    public void Bad_costs_refuse_the_snapshot(int column, string value, string rule)
    {
        var path = Workbook("c.xlsx", (_, sheet) =>
        {
            var cell = sheet.Descendants<Cell>().First(c => c.CellReference == SnapshotTable.ColumnName(column) + "3");
            cell.InlineString = new InlineString(new Text(value));
        });
        var issue = Refused(path);
        Assert.Equal(rule, issue.RuleCode);
        Assert.Contains($"cell {SnapshotTable.ColumnName(column)}3", issue.Message);
    }

    public void Dispose() => _folder.Dispose();
}
