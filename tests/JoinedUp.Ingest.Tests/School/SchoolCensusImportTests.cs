using System.Text;
using Dapper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.School;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.School;

/// <summary>The LA's exclusions and attendance extract from CSV and XLSX: loaded with UPNs hashed, checked row by row, refused whole when a value cannot be stored, and linked.</summary>
public sealed class SchoolCensusImportTests : IDisposable
{
    private const string Upn = "A302000000017";
    private const string OtherUpn = "B302000000018";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Exclusions =
    [
        "UPN,DOB,Sex,Ethnicity,URN,ExclusionCategory,ExclusionReason,ExclusionStartDate,ExclusionSessions",
        $"{Upn},15/05/2010,M,BCRB,100001,SUSP,PD,05/10/2021,4",
        $"{Upn},15/05/2010,M,BCRB,100002,PERM,VA,12/01/2022,",
        $"{OtherUpn},01/02/2011,F,WBRI,100001,FIXD,BU,07/03/2022,2",
    ];

    private static readonly string[] Attendance =
    [
        "UPN,DOB,Sex,Ethnicity,URN,AcademicYear,Term,SessionsPossible,SessionsAuthorised,SessionsUnauthorised",
        $"{Upn},15/05/2010,M,BCRB,100001,2021/22,AUT,140,5,10",
        $"{Upn},15/05/2010,M,BCRB,100002,2021/22,Spring,120,2,2",
    ];

    private string Csv(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder.Path, "302", "2022", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>A workbook with a sheet per table; cells that look like dd/mm/yyyy are written as Excel day numbers, as Excel keeps dates.</summary>
    private string Workbook(string name, params (string Sheet, string[] Lines)[] sheets)
    {
        var path = Path.Combine(_folder.Path, "302", "2022", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (sheet, lines) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < lines.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                var values = lines[r].Split(',');
                for (var c = 0; c < values.Length; c++)
                {
                    if (values[c].Length == 0) continue;
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(r > 0 && DateOnly.TryParseExact(values[c], "dd/MM/yyyy", out var date)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[c])) });
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet });
        }
        workbook.Workbook.Save();
        return path;
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_csv_extract_loads_with_every_upn_hashed(string engine)
    {
        using var test = TestStore.Open(engine);
        Csv("exclusions.csv", Exclusions);
        Csv("attendance.csv", Attendance);
        var outcome = new ReturnImporter(test.Store).Import([_folder.Path], null, null);

        var submission = Assert.Single(outcome.Submissions);
        Assert.Equal(new SubmissionKey("302", ReturnKind.SchoolCensus, 2022), submission.Key);
        Assert.False(submission.Refused);
        Assert.Equal(2, submission.Children);
        using var connection = test.Store.OpenConnection();
        var sam = test.Store.Pseudonymiser.Pseudonymise("302", "UPN:" + Upn);
        Assert.Equal(
            ["2021-10-05 SUSP PD 4 100001", "2022-01-12 PERM VA  100002"],
            connection.Query<(string, string, string, long?, string)>("SELECT start_date, category, reason, sessions, urn FROM school_exclusion WHERE pseudonym = @sam ORDER BY start_date", new { sam })
                .Select(r => $"{r.Item1} {r.Item2} {r.Item3} {r.Item4} {r.Item5}"));
        Assert.Equal("SUSP", connection.ExecuteScalar<string>("SELECT category FROM school_exclusion WHERE pseudonym <> @sam", new { sam }));
        Assert.Equal(
            ["2021/22 AUT 2021-09-01 140 5 10", "2021/22 SPR 2022-01-01 120 2 2"],
            connection.Query<(string, string, string, long, long, long)>("SELECT academic_year, term, term_start, sessions_possible, sessions_authorised, sessions_unauthorised FROM school_attendance ORDER BY term_start")
                .Select(r => $"{r.Item1} {r.Item2} {r.Item3} {r.Item4} {r.Item5} {r.Item6}"));
        Assert.Equal("2010-05", connection.ExecuteScalar<string>("SELECT birth_month FROM child WHERE pseudonym = @sam", new { sam })![..7]);
        Assert.Equal(test.Store.Pseudonymiser.Pseudonymise("302", "UPN:" + Upn), connection.ExecuteScalar<string>("SELECT upn_pseudonym FROM child_upn WHERE pseudonym = @sam", new { sam }));
        foreach (var table in new[] { "child", "child_upn", "school_exclusion", "school_attendance", "validation_issue" })
        {
            var text = string.Join("|", connection.Query(FormattableString.Invariant($"SELECT * FROM {table}")).Select(r => string.Join(",", ((IDictionary<string, object?>)r).Values)));
            Assert.DoesNotContain(Upn, text);
            Assert.DoesNotContain("2010-05-15", text);
        }
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_xlsx_extract_with_a_sheet_per_table_loads_the_same(string engine)
    {
        using var test = TestStore.Open(engine);
        var path = Workbook("school.xlsx", ("Exclusions", Exclusions), ("Attendance", Attendance));
        Assert.Equal(ReturnKind.SchoolCensus, ReturnRecognition.Recognise(path));
        var outcome = new ReturnImporter(test.Store).Import([path], null, null);
        Assert.False(Assert.Single(outcome.Submissions).Refused);
        using var connection = test.Store.OpenConnection();
        Assert.Equal(["2021-10-05", "2022-01-12", "2022-03-07"], connection.Query<string>("SELECT start_date FROM school_exclusion ORDER BY start_date"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM school_attendance"));
    }

    [Fact]
    public void A_value_that_cannot_be_stored_refuses_the_whole_extract_naming_file_row_and_field()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        Csv("exclusions.csv", [.. Exclusions, $"{OtherUpn},01/02/2011,F,WBRI,100001,LUNCH,BU,08/03/2022,1", $"{OtherUpn},01/02/2011,F,WBRI,100001,SUSP,XX,31/02/2022,two"]);
        Csv("attendance.csv", Attendance);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([_folder.Path], null, null).Submissions);

        Assert.True(submission.Refused);
        Assert.Empty(test.Store.Submissions());
        var refused = submission.Issues.Where(i => i.Severity == IssueSeverity.Refused).ToList();
        var category = Assert.Single(refused, i => i.RuleCode == SchoolCensusRules.CategoryNotValid.Code);
        Assert.Equal(("exclusions.csv", 5, "ExclusionCategory"), (category.File, category.Row, category.Field));
        Assert.Contains("'LUNCH' is not PERM", category.Message);
        Assert.Contains(refused, i => i.RuleCode == SchoolCensusRules.ReasonNotValid.Code && i.Row == 6 && i.Field == "ExclusionReason");
        Assert.Contains(refused, i => i.RuleCode == SchoolCensusRules.DateNotValid.Code && i.Row == 6 && i.Field == "ExclusionStartDate");
        Assert.Contains(refused, i => i.RuleCode == SchoolCensusRules.SessionsNotValid.Code && i.Row == 6 && i.Field == "ExclusionSessions");
    }

    [Fact]
    public void A_missing_column_or_an_unreadable_workbook_refuses_the_extract()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        Csv("attendance.csv", Attendance.Select(l => string.Join(",", l.Split(',').Take(9))));
        var missing = Assert.Single(new ReturnImporter(test.Store).Import([_folder.Path], null, null).Submissions);
        Assert.True(missing.Refused);
        var issue = Assert.Single(missing.Issues);
        Assert.Equal(("JU-COLUMN-MISSING", "SessionsUnauthorised"), (issue.RuleCode, issue.Field));

        using var folder = new TempFolder();
        var broken = Path.Combine(folder.Path, "302", "2022", "school.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, "UPN,ExclusionCategory\nnot a workbook");
        var outcome = new ReturnImporter(test.Store).Import([folder.Path], null, null);
        var refused = Assert.Single(outcome.Submissions);
        Assert.True(refused.Refused);
        Assert.Contains(refused.Issues, i => i.File == "school.xlsx" && i.Severity == IssueSeverity.Refused);
        Assert.Empty(test.Store.Submissions());
    }

    [Fact]
    public void A_row_without_a_valid_upn_is_flagged_and_not_loaded_and_its_message_quotes_no_identifier()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        Csv("exclusions.csv", [.. Exclusions, "UN2,01/02/2011,F,WBRI,100001,SUSP,BU,08/03/2022,1", "Z12,01/02/2011,F,WBRI,100001,SUSP,BU,09/03/2022,1"]);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([_folder.Path], null, null).Submissions);
        Assert.False(submission.Refused);
        Assert.Equal([5, 6], submission.Issues.Where(i => i.RuleCode == SchoolCensusRules.UpnNotValid.Code).Select(i => i.Row!.Value));
        using var connection = test.Store.OpenConnection();
        Assert.Equal(3, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM school_exclusion"));
        var stored = connection.Query<(string Message, string? Pseudonym)>("SELECT message, pseudonym FROM validation_issue WHERE rule_code = 'JU-SCH-01'").ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.DoesNotContain("Z12", s.Message));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_extract_links_to_the_childs_other_returns_through_the_upn(string engine)
    {
        using var test = TestStore.Open(engine);
        Csv("exclusions.csv", Exclusions);
        Csv("header.csv", ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", $"SAM0001,1,15/05/2010,BCRB,{Upn},,"]);
        Csv("episodes.csv", ["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN", "SAM0001,01/02/2022,S,C1,N1,U1,PR1,,,,EN5 1AA,EN4 9BB,"]);
        File.WriteAllText(Path.Combine(_folder.Path, "302", "2022", "sen2.xml"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Message><Header><CollectionDetails><Collection>SEN2</Collection><Year>2022</Year></CollectionDetails><Source><LEA>302</LEA></Source></Header>
            <Persons><Person><PersonBirthDate>2010-05-15</PersonBirthDate><Sex>M</Sex><Ethnicity>BCRB</Ethnicity><UPN>{Upn}</UPN>
            <Requests><ReceivedDate>2020-01-10</ReceivedDate><RequestOutcome>A</RequestOutcome><RequestOutcomeDate>2020-02-10</RequestOutcomeDate></Requests></Person></Persons></Message>
            """);
        new ReturnImporter(test.Store).Import([_folder.Path], null, null);
        using var connection = test.Store.OpenConnection();
        var sam = test.Store.Pseudonymiser.Pseudonymise("302", "UPN:" + Upn);
        Assert.Contains("sen2", connection.Query<string>("SELECT linked_return FROM child_link WHERE return_kind = 'school' AND pseudonym = @sam", new { sam }));
        var other = test.Store.Pseudonymiser.Pseudonymise("302", "UPN:" + OtherUpn);
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child_unlinked WHERE return_kind = 'school' AND pseudonym = @other", new { other }));
    }
}
