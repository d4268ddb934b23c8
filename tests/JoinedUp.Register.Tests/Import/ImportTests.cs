using System.Text;
using JoinedUp.Register.Export;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Import;

/// <summary>Import of an existing DSR spreadsheet: tolerant headers, a preview, named row errors, nothing stored unless confirmed; export in the same shape.</summary>
public sealed class ImportTests
{
    private const string Sheet =
        """
        Child ID,Child name,RAG,Rationale,Key worker,Services involved,Self-harm,Consent from,Date of consent,Lawful basis,Date added,CETR due
        A1,Alex,Green,Anxious at school,Jo Smith,CAMHS; School,N,parent,01/02/2025,explicit consent,03/02/2025,
        A2,Bea,Amber,Excluded,Jo Smith,Social care,Y,parent,01/02/2025,explicit consent,03/02/2025,
        A3,Cal,Purple,Unknown,Jo Smith,,N,parent,01/02/2025,explicit consent,03/02/2025,
        A4,Dee,Red,Crisis,Jo Smith,CAMHS,Y,parent,01/02/2025,explicit consent,03/02/2025,
        A1,Alex again,Green,Duplicate,Jo Smith,,N,parent,01/02/2025,explicit consent,03/02/2025,
        A6,Eve,Red,Crisis,=HYPERLINK("http://x"),Wizards,N,,31/02/2025,explicit consent,03/02/2025,10/03/2025
        """;

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_preview_names_each_bad_row_column_and_rule_and_stores_nothing(string engine)
    {
        using var f = new RegisterFixture(engine);
        var preview = f.Register.PreviewImport(People.BarnetKeyworker, new MemoryStream(Encoding.UTF8.GetBytes(Sheet)), "dsr.csv");
        Assert.Equal([2, 3], preview.Rows.Select(r => r.RowNumber));
        Assert.Contains(preview.Problems, p => p is { Row: 4, Column: "RAG", Rule: "rating-invalid" });
        Assert.Contains(preview.Problems, p => p is { Row: 5, Column: "CETR due", Rule: "red-needs-cetr-or-laep" });
        Assert.Contains(preview.Problems, p => p is { Row: 6, Column: "Child ID", Rule: "duplicate-in-file" });
        Assert.Contains(preview.Problems, p => p is { Row: 7, Column: "Services involved", Rule: "agency-unknown" });
        Assert.Contains(preview.Problems, p => p is { Row: 7, Column: "Consent from", Rule: "consent-required" });
        Assert.Contains(preview.Problems, p => p is { Row: 7, Column: "Date of consent", Rule: "date-invalid" });
        Assert.Contains("Child name (identifies a child: never read)", preview.IgnoredColumns);
        Assert.Contains(Entries.RiskIndicator.SelfHarm, preview.Rows[1].RiskIndicators);
        Assert.Empty(f.Register.ListEntries(People.BarnetKeyworker, new RegisterFilter()).Entries);

        var outcome = f.Register.ConfirmImport(People.BarnetKeyworker, preview);
        Assert.Equal(2, outcome.References.Count);
        Assert.Equal(2, f.Register.ListEntries(People.BarnetKeyworker, new RegisterFilter()).Total);
        Assert.NotNull(f.Register.FindChild(People.BarnetKeyworker, "A2"));
        Assert.Throws<Access.RegisterAccessDeniedException>(() => f.Register.ConfirmImport(People.BarnetAnalyst, preview));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Export_has_the_import_headers_and_neutralises_formulas(string engine)
    {
        using var f = new RegisterFixture(engine);
        var child = RegisterFixture.Child(People.Barnet, "E1") with { Keyworker = "=cmd|' /C calc'!A0" };
        f.Register.AddEntry(People.BarnetKeyworker, child);
        foreach (var format in new[] { RegisterExportFormat.Csv, RegisterExportFormat.Xlsx })
        {
            using var stream = new MemoryStream();
            Assert.Equal(1, f.Register.ExportRegister(People.BarnetKeyworker, stream, format));
            stream.Position = 0;
            var rows = format == RegisterExportFormat.Csv ? Register.Import.CsvSheetReader.Read(stream, "register.csv") : Register.Import.XlsxSheetReader.Read(stream, "register.xlsx");
            Assert.All(rows.Headers, h => Assert.NotNull(Register.Import.DsrColumns.Match(h)));
            var keyworker = rows.Rows.Single().Cells[rows.Headers.ToList().IndexOf("Keyworker")];
            Assert.StartsWith("'=", keyworker);
            Assert.Equal("Green", rows.Rows.Single().Cells[rows.Headers.ToList().IndexOf("RAG rating")]);
        }
    }
}
