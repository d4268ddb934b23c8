using Dapper;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Store;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Sen2;

/// <summary>
/// Hostile or malformed SEN2 files are refused with the file, rule and (where there is one) line and field, and the store
/// keeps exactly what it had: an earlier clean copy of the same LA's SEN2 for the year survives every refused re-import.
/// </summary>
public sealed class Sen2RefusalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Snapshot(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        var counts = new[] { "child", "child_upn", "sen2_request", "sen2_need", "validation_issue" }
            .Select(table => $"{table}={connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}")}");
        return string.Join(";", store.Submissions().Select(s => (s.Id, s.La, s.Year, s.Children))) + "|" + string.Join(";", counts);
    }

    private ValidationIssue RefusedAgainstCleanCopy(string engine, string text)
    {
        using var test = TestStore.Open(engine);
        var clean = Sen2Files.Write(_folder.File("clean"), Sen2Files.Clean);
        Assert.False(Assert.Single(new ReturnImporter(test.Store).Import([clean], null, null).Submissions).Refused);
        var before = Snapshot(test.Store);
        Assert.Contains("sen2_request=3", before);

        var broken = Sen2Files.Write(_folder.File("broken"), text, "302_sen2_2024.xml");
        ValidationIssue issue;
        try
        {
            var submission = Assert.Single(new ReturnImporter(test.Store).Import([broken], null, null).Submissions);
            Assert.True(submission.Refused);
            issue = submission.Issues.First(i => i.Severity == IssueSeverity.Refused);
        }
        catch (ReturnFileException e)
        {
            issue = e.Issue;
        }
        Assert.Equal(before, Snapshot(test.Store));
        Assert.Equal("302_sen2_2024.xml", issue.File);
        Assert.Equal(IssueSeverity.Refused, issue.Severity);
        return issue;
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_entity_bomb_is_refused_for_its_DTD(string engine)
    {
        var bomb = Sen2Files.Clean
            .Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                """, StringComparison.Ordinal)
            .Replace("<Surname>Smith</Surname>", "<Surname>&c;</Surname>", StringComparison.Ordinal);
        var issue = RefusedAgainstCleanCopy(engine, bomb);
        Assert.Equal(FileRules.XmlDtd, issue.RuleCode);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_truncated_file_is_refused_as_malformed(string engine)
    {
        var text = Sen2Files.Clean;
        var issue = RefusedAgainstCleanCopy(engine, text[..text.IndexOf("<UPN>B987654321098", StringComparison.Ordinal)]);
        Assert.Equal(FileRules.MalformedXml, issue.RuleCode);
        Assert.NotNull(issue.Row);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_plan_start_that_is_not_a_date_refuses_the_submission(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, Sen2Files.Clean.Replace("<StartDate>2023-08-14</StartDate>", "<StartDate>2023-02-30</StartDate>", StringComparison.Ordinal));
        Assert.Equal((Sen2Rules.DateNotValid.Code, "StartDate"), (issue.RuleCode, issue.Field));
        Assert.Contains("'2023-02-30' is not a date", issue.Message);
        Assert.NotNull(issue.Row);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_received_date_that_is_not_a_date_refuses_the_submission(string engine)
    {
        var issue = RefusedAgainstCleanCopy(engine, Sen2Files.Clean.Replace("<ReceivedDate>2023-10-02</ReceivedDate>", "<ReceivedDate>last October</ReceivedDate>", StringComparison.Ordinal));
        Assert.Equal((Sen2Rules.DateNotValid.Code, "ReceivedDate"), (issue.RuleCode, issue.Field));
        Assert.Contains("'last October'", issue.Message);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_file_without_persons_is_refused(string engine)
    {
        var text = Sen2Files.Clean;
        var start = text.IndexOf("<Persons>", StringComparison.Ordinal);
        var end = text.IndexOf("</Persons>", StringComparison.Ordinal) + "</Persons>".Length;
        var issue = RefusedAgainstCleanCopy(engine, text[..start] + "<Pupils/>" + text[end..]);
        Assert.Equal(FileRules.XmlSchema, issue.RuleCode);
        Assert.Contains("<Persons>", issue.Message);
    }

    public void Dispose() => _folder.Dispose();
}
