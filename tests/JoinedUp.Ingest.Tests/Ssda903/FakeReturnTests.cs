using Dapper;
using System.Xml.Linq;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>The public fake SSDA903 return, CSV and XML, imported into SQLite and PostgreSQL.</summary>
public sealed class FakeReturnTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_csv_return_imports_with_the_counts_of_its_files(string engine)
    {
        var csv = ReturnFiles.CopyFakeCsv(_folder);
        using var test = TestStore.Open(engine);
        var outcome = new ReturnImporter(test.Store).Import([csv], "302", 2018);

        var submission = Assert.Single(outcome.Submissions);
        Assert.False(submission.Refused);
        var headerRows = ReturnFiles.DataRows(Path.Combine(csv, "header.csv"));
        var episodeRows = ReturnFiles.DataRows(Path.Combine(csv, "episodes.csv"));
        Assert.Equal(2675, headerRows);
        Assert.Equal(5050, episodeRows);
        Assert.Equal(headerRows, submission.Children);
        Assert.Equal(episodeRows, submission.Episodes);

        var stored = Assert.Single(test.Store.Submissions());
        Assert.Equal(("302", "ssda903", 2018), (stored.La, stored.ReturnKind, stored.Year));
        var (children, episodes) = test.Store.CountRows(stored.Id);
        Assert.Equal(headerRows, children);
        Assert.Equal(episodeRows, episodes);
        Assert.Equal(submission.IssueCounts, test.Store.IssueCounts(stored.Id));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_rows_of_the_other_tables_come_back_from_their_blocks_row_for_row(string engine)
    {
        var csv = ReturnFiles.CopyFakeCsv(_folder);
        using var test = TestStore.Open(engine);
        new ReturnImporter(test.Store).Import([csv], "302", 2018);

        using var connection = test.Store.OpenConnection();
        var blocks = connection.Query<(string Table, int FirstRow, string Columns, string Rows)>(
            "SELECT table_name, first_row, columns, rows FROM return_block ORDER BY table_name, first_row").ToList();
        var reviews = blocks.Where(b => b.Table == "reviews").SelectMany(b => ReturnBlocks.Rows(b.FirstRow, b.Columns, b.Rows)).ToList();
        // 12,582 reviews fill several blocks; every row is there once, in file order.
        Assert.True(blocks.Count(b => b.Table == "reviews") > 1);
        Assert.Equal(ReturnFiles.DataRows(Path.Combine(csv, "reviews.csv")), reviews.Count);
        Assert.Equal(Enumerable.Range(2, reviews.Count).Select(n => n.ToString()), reviews.Select(r => r["row"]));
        // The first: 566910,27/03/2008,30/08/2017,PN6, with the child pseudonymised and the date of birth cut to its month.
        var first = reviews[0];
        Assert.Equal(test.Store.Pseudonymiser.Pseudonymise("302", "566910"), first["child"]);
        Assert.Equal(("2008-03", "2017-08-30", "PN6"), (first["DOB"], first["REVIEW"], first["REVIEW_CODE"]));
        Assert.False(first.ContainsKey("CHILD"));
        var missing = blocks.Where(b => b.Table == "missing").SelectMany(b => ReturnBlocks.Rows(b.FirstRow, b.Columns, b.Rows)).ToList();
        Assert.Equal(ReturnFiles.DataRows(Path.Combine(csv, "missing.csv")), missing.Count);
        Assert.Equal(("A", "2017-11-13", "2017-11-25"), (missing[0]["MISSING"], missing[0]["MIS_START"], missing[0]["MIS_END"]));
        var stored = Assert.Single(test.Store.Submissions());
        Assert.Equal(blocks.Sum(b => ReturnBlocks.Rows(b.FirstRow, b.Columns, b.Rows).Count()),
            connection.ExecuteScalar<long>("SELECT records FROM submission WHERE id = @id", new { id = stored.Id }));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_xml_return_imports_with_the_counts_of_its_elements(string engine)
    {
        var document = XDocument.Load(ReturnFiles.FakeXml);
        var childElements = document.Root!.Elements("CHILD").Count();
        var episodeElements = document.Root.Elements("CHILD").Elements("EPISODE").Count();
        using var test = TestStore.Open(engine);

        var submission = Assert.Single(new ReturnImporter(test.Store).Import([ReturnFiles.FakeXml], "303", 2018).Submissions);

        Assert.False(submission.Refused);
        Assert.Equal(253, childElements);
        Assert.Equal(459, episodeElements);
        var stored = Assert.Single(test.Store.Submissions());
        Assert.Equal((childElements, episodeElements), (stored.Children, stored.Episodes));
        var (children, episodes) = test.Store.CountRows(stored.Id);
        Assert.Equal((childElements, episodeElements), ((int)children, (int)episodes));
    }

    [Fact]
    public void Validating_the_fake_return_lists_its_rule_failures_with_code_row_and_child()
    {
        var csv = ReturnFiles.CopyFakeCsv(_folder);
        var submission = Assert.Single(ReturnImporter.Validate([csv], "302", 2018).Submissions);

        Assert.False(submission.Refused);
        Assert.NotEmpty(submission.Issues);
        Assert.All(submission.Issues, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.RuleCode));
            Assert.NotNull(i.Row);
            Assert.False(string.IsNullOrEmpty(i.Table));
            Assert.False(string.IsNullOrEmpty(i.File));
        });
        // 62 episodes begin before the previous one for the same child has ended (DfE rule 501), as counted independently below.
        Assert.Equal(CountOverlaps(Path.Combine(csv, "episodes.csv")), submission.IssueCounts["501"]);
        // Every UPN the DfE format rejects is reported (rule 168), and nothing else under that code.
        var badUpns = File.ReadLines(Path.Combine(csv, "header.csv")).Skip(1).Select(l => l.Split(',')[4])
            .Count(u => u.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(u, "^([A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]|UN[1-5])$"));
        Assert.Equal(badUpns, submission.IssueCounts.GetValueOrDefault("168"));
        var overlap = submission.Issues.First(i => i.RuleCode == "501");
        Assert.Equal("episodes", overlap.Table);
        Assert.Equal("DECOM", overlap.Field);
        Assert.Equal(IssueSeverity.Flagged, overlap.Severity);
        var line = File.ReadLines(Path.Combine(csv, "episodes.csv")).ElementAt(overlap.Row!.Value - 1);
        Assert.StartsWith(overlap.Child + ",", line);
    }

    /// <summary>Episodes starting before the same child's previous episode (by start date) ended.</summary>
    private static int CountOverlaps(string episodes)
    {
        var rows = File.ReadLines(episodes).Skip(1).Select(l => l.Split(','))
            .Select(f => (Child: f[0], Start: DateOnly.ParseExact(f[1], "dd/MM/yyyy"), End: f[7].Length == 0 ? (DateOnly?)null : DateOnly.ParseExact(f[7], "dd/MM/yyyy")));
        var count = 0;
        foreach (var child in rows.GroupBy(r => r.Child))
        {
            var ordered = child.OrderBy(r => r.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
                if (ordered[i - 1].End is { } end && ordered[i].Start < end) count++;
        }
        return count;
    }

    public void Dispose() => _folder.Dispose();
}
