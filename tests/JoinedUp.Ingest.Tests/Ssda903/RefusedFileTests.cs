using System.Text;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>
/// Files that cannot be loaded get a clear error naming file, row, field and rule, and the store keeps exactly what it
/// had: here, an earlier clean copy of the same submission, which must survive every refused re-import.
/// </summary>
public sealed class RefusedFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Snapshot(RegionalStore store)
    {
        var rows = store.Submissions().Select(s => (s.Id, s.La, s.Year, s.Children, s.Episodes, store.CountRows(s.Id)));
        return string.Join(";", rows);
    }

    /// <summary>Loads the clean return, then tries the broken one for the same LA and year; returns the refusal.</summary>
    private ValidationIssue RefusedAgainstCleanCopy(string engine, Func<string, string> breakIt)
    {
        using var test = TestStore.Open(engine);
        var clean = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "clean/302/2021");
        Assert.False(Assert.Single(new ReturnImporter(test.Store).Import([clean], null, null).Submissions).Refused);
        var before = Snapshot(test.Store);

        var broken = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "broken/302/2021");
        var target = breakIt(broken);
        ImportOutcome? outcome = null;
        ValidationIssue issue;
        try
        {
            outcome = new ReturnImporter(test.Store).Import([broken], null, null);
            var submission = Assert.Single(outcome.Submissions);
            Assert.True(submission.Refused);
            issue = submission.Issues.First(i => i.Severity == IssueSeverity.Refused);
        }
        catch (ReturnFileException e)
        {
            issue = e.Issue;
        }
        Assert.Equal(before, Snapshot(test.Store));
        Assert.Equal(Path.GetFileName(target), issue.File);
        return issue;
    }

    private static string Episodes(string directory) => Path.Combine(directory, "episodes.csv");

    private static string Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        return path;
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_wrong_date(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d => Replace(Episodes(d), "15/06/2020", "31/06/2020"));
        Assert.Equal(("141", "DECOM", 4), (issue.RuleCode, issue.Field, issue.Row));
        Assert.Contains("'31/06/2020' is not a valid date", issue.Message);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_unknown_code(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d => Replace(Episodes(d), ",C1,N4,H5,", ",C1,N4,Q9,"));
        Assert.Equal(("146", "PLACE", 5), (issue.RuleCode, issue.Field, issue.Row));
        Assert.Contains("'Q9' is not a valid code", issue.Message);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_missing_column(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            var lines = File.ReadAllLines(Episodes(d)).Select(l => string.Join(",", l.Split(',').Where((_, i) => i != 4)));
            File.WriteAllLines(Episodes(d), lines);
            return Episodes(d);
        });
        Assert.Equal((FileRules.MissingColumn, "CIN", 1), (issue.RuleCode, issue.Field, issue.Row));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_truncated_last_line(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            var text = File.ReadAllText(Episodes(d)).TrimEnd();
            File.WriteAllText(Episodes(d), text[..text.LastIndexOf(",PR5,", StringComparison.Ordinal)]);
            return Episodes(d);
        });
        Assert.Equal((FileRules.TruncatedRow, 5), (issue.RuleCode, issue.Row));
        Assert.Contains("truncated", issue.Message);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_empty_file(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            File.WriteAllBytes(Episodes(d), []);
            return Episodes(d);
        });
        Assert.Equal(FileRules.Empty, issue.RuleCode);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_xml_return_with_a_dtd(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            File.Delete(Path.Combine(d, "header.csv"));
            File.Delete(Episodes(d));
            var path = Path.Combine(d, "return.xml");
            File.WriteAllText(path, """
                <?xml version="1.0"?>
                <!DOCTYPE EXPSSDA903 [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <EXPSSDA903><CHILD><HEADER><CHILDID>&b;</CHILDID></HEADER></CHILD></EXPSSDA903>
                """);
            return path;
        });
        Assert.Equal(FileRules.XmlDtd, issue.RuleCode);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_xml_return_with_an_external_entity(string engine)
    {
        var secret = _folder.File("secret.txt");
        File.WriteAllText(secret, "CHILD-SECRET");
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            File.Delete(Path.Combine(d, "header.csv"));
            File.Delete(Episodes(d));
            var path = Path.Combine(d, "return.xml");
            File.WriteAllText(path, $"""
                <?xml version="1.0"?>
                <!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM "file://{secret}">]>
                <EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>
                """);
            return path;
        });
        Assert.Equal(FileRules.XmlDtd, issue.RuleCode);
        Assert.DoesNotContain("CHILD-SECRET", issue.Message);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_oversized_line_with_an_unclosed_quote(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, d =>
        {
            using var writer = new StreamWriter(Episodes(d), append: true);
            writer.Write("CHX9173647,\"");
            writer.Write(new string('A', 20_000_000));
            return Episodes(d);
        });
        Assert.Equal((FileRules.MalformedCsv, 6), (issue.RuleCode, issue.Row));
        Assert.Contains("longer than", issue.Message);
    }

    [Fact]
    public void A_heading_line_of_megabytes_is_not_taken_for_a_return()
    {
        var directory = Path.Combine(_folder.Path, "302", "2021");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "header.csv");
        File.WriteAllText(path, new string('X', 5_000_000));
        var e = Assert.Throws<ReturnFileException>(() => ReturnImporter.Validate([directory], null, null));
        Assert.Equal(FileRules.UnknownKind, e.Issue.RuleCode);
    }

    [Fact]
    public void Rows_with_a_blank_child_id_refuse_the_submission_and_name_the_row()
    {
        var directory = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader,
            [.. ReturnFiles.CleanEpisodes, ",01/03/2021,S,C2,N1,U1,PR1,,,,,,"]);
        var submission = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);
        Assert.True(submission.Refused);
        var issue = Assert.Single(submission.Issues, i => i.Severity == IssueSeverity.Refused);
        Assert.Equal(("CHILD", 6), (issue.Field, issue.Row));
    }

    [Fact]
    public void Bytes_that_are_not_text_are_read_as_windows_1252_and_a_stray_byte_in_a_code_is_still_caught()
    {
        var directory = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes);
        var bytes = File.ReadAllBytes(Episodes(directory)).ToList();
        var at = Encoding.ASCII.GetString(bytes.ToArray()).IndexOf(",C1,", StringComparison.Ordinal);
        bytes[at + 2] = 0xA3; // "£" in Windows-1252, invalid alone in UTF-8
        File.WriteAllBytes(Episodes(directory), bytes.ToArray());
        var submission = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);
        var issue = Assert.Single(submission.Issues, i => i.Severity == IssueSeverity.Refused);
        Assert.Equal(("144", "LS"), (issue.RuleCode, issue.Field));
        Assert.Contains("'C£'", issue.Message);
    }

    public void Dispose() => _folder.Dispose();
}
