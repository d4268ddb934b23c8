using Dapper;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Reports;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Ingest.Tests.Ssda903;
using JoinedUp.Ingest.Validation;
using JoinedUp.Store;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Confidentiality;

/// <summary>
/// Every rule whose message used to quote the child's ID or date of birth, broken on purpose in each return: the LA's
/// report (built from the files just uploaded) names the child by their own ID, while the message the store keeps
/// names the table, row and field only, beside the pseudonym.
/// </summary>
public sealed class StoredMessageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static List<(string Rule, string Message, string? Field, string? Pseudonym)> StoredIssues(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.Query<(string, string, string?, string?)>("SELECT rule_code, message, field, pseudonym FROM validation_issue").ToList();
    }

    private static void NoneQuotes(IEnumerable<(string Rule, string Message, string? Field, string? Pseudonym)> stored, params string[] identifying)
    {
        foreach (var issue in stored)
        {
            Assert.False(IdentifyingText.Quotes(issue.Message, issue.Field), issue.Message);
            foreach (var text in identifying) Assert.DoesNotContain(text, issue.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Ssda903_a_child_twice_in_the_header_one_born_after_the_year_and_an_episode_without_a_header(string engine)
    {
        var directory = ReturnFiles.Write(_folder,
            [.. ReturnFiles.CleanHeader, "CHX9173645,1,14/02/2009,WBRI,A123456789012,,", "CHX9173648,2,05/05/2021,WBRI,,,"],
            [.. ReturnFiles.CleanEpisodes, "CHX0000001,01/03/2021,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567"]);
        using var test = TestStore.Open(engine);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([directory], null, null).Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues));

        // The LA's report names each child by the LA's own ID.
        Assert.Contains(submission.Issues, i => i.RuleCode == "INT32" && i.Child == "CHX9173645" && i.Row == 5 && i.Message.Contains("row 2", StringComparison.Ordinal));
        Assert.Contains(submission.Issues, i => i.RuleCode == "301" && i.Child == "CHX9173648" && i.Field == "DOB");
        Assert.Contains(submission.Issues, i => i.RuleCode == "INT03" && i.Child == "CHX0000001" && i.Row == 6);

        // The downloadable report is written from this outcome, the files just read, not from the store.
        var outcome = new ImportOutcome([submission]);
        using var report = new StringWriter();
        ErrorReport.WriteCsv(outcome, report);
        Assert.Contains("CHX0000001", report.ToString());

        var stored = StoredIssues(test.Store);
        Assert.Equal(submission.IssueTotal, stored.Count);
        NoneQuotes(stored, "CHX9173645", "CHX9173648", "CHX0000001", "05/05/2021", "2021-05-05");
        Assert.Contains(stored, s => s.Rule == "INT03" && s.Pseudonym == test.Store.Pseudonymiser.Pseudonymise("302", "CHX0000001")
            && s.Message == "The child in the Episodes table has no row in the Header table.");
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Cin_census_a_child_twice_and_a_referral_before_birth(string engine)
    {
        var text = File.ReadAllText(PublicFixtures.PathOf("cin-census", "BAR_cin_2022.xml"));
        var start = text.IndexOf("<Child>", StringComparison.Ordinal);
        var end = text.IndexOf("</Child>", StringComparison.Ordinal) + "</Child>".Length;
        var child = text[start..end].Replace("<CINreferralDate>1970-10-06</CINreferralDate>", "<CINreferralDate>1965-10-06</CINreferralDate>", StringComparison.Ordinal);
        Assert.Contains("1965-10-06", child);
        var path = _folder.File("cin.xml");
        File.WriteAllText(path, text[..start] + child + child + text[end..]);
        using var test = TestStore.Open(engine);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([path], null, null).Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues));
        Assert.Contains(submission.Issues, i => i.RuleCode == "JU-CIN-01" && i.Child == "DfEX0000001");
        Assert.Contains(submission.Issues, i => i.RuleCode == "JU-CIN-04" && i.Child == "DfEX0000001");

        var stored = StoredIssues(test.Store);
        Assert.Contains(stored, s => s.Rule == "JU-CIN-01");
        Assert.Contains(stored, s => s.Rule == "JU-CIN-04");
        NoneQuotes(stored, "DfEX0000001", "1966-03-24", "A123456789123");
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Placements_snapshot_a_child_twice_and_a_date_of_birth_that_is_not_a_date(string engine)
    {
        string?[] row =
        [
            "302", "C100123", "", "31/02/2012", "14", "Female", "BAFR", "01/09/2023", "residential special school", "Acme School", "123456", "Kent",
            "spot purchase", "5000", "40", "45", "15", "ASD", "SLCN", "LAC", "Y", "Y", "N",
        ];
        var path = _folder.File("snapshot.xlsx");
        SnapshotTemplate.Write(path, [row, row]);
        using var test = TestStore.Open(engine);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([path], "302", 2024).Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues));
        Assert.Contains(submission.Issues, i => i.RuleCode == SnapshotRules.DuplicateChild.Code && i.Child == "C100123" && i.Message.Contains("row 2", StringComparison.Ordinal));
        Assert.Contains(submission.Issues, i => i.RuleCode == SnapshotRules.DateNotValid.Code && i.Field == "date_of_birth");

        var stored = StoredIssues(test.Store);
        Assert.Contains(stored, s => s.Rule == SnapshotRules.DuplicateChild.Code);
        Assert.Contains(stored, s => s.Field == "date_of_birth");
        NoneQuotes(stored, "C100123", "31/02/2012");
    }

    [Fact]
    public void A_message_that_still_quotes_the_child_is_stored_as_its_rule_and_field()
    {
        var issue = new ValidationIssue("JU77", "Something about child X-1 went wrong.", "f.csv", "episodes", 4, "X-1", "CHILD", IssueSeverity.Flagged);
        var stored = StoredIssue.Of(issue, id => "pseudonym-of-" + id);
        Assert.Equal(("pseudonym-of-X-1", IdentifyingText.Withheld("JU77", "CHILD")), (stored.Child, stored.Message));
        Assert.Equal((issue.File, issue.Table, issue.Row, issue.Field), (stored.File, stored.Table, stored.Row, stored.Field));

        var plain = issue with { Message = "The episode's child (CHILD) has no row in the header table." };
        Assert.Equal(plain.Message, StoredIssue.Of(plain, id => id).Message);
    }

    public void Dispose() => _folder.Dispose();
}
