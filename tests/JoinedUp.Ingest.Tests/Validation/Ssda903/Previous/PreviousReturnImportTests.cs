using System.Text;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Previous;

/// <summary>
/// The previous-year rules compare with the LA's previous return: the files uploaded with this year's, else the
/// store's copy, else none (and then they do not run, and the outcome says so). On SQLite and PostgreSQL.
/// </summary>
public sealed class PreviousReturnImportTests : IDisposable
{
    private const string Header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    private const string Episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    private readonly TempFolder _folder = new();

    // 2023/24: CH1 and CH2 each with an episode open on 31 March 2024; CH1 went missing once.
    private string Year2024(string root) => Write(root, "2024",
        [Header, "CH1,1,14/02/2012,WBRI,,,", "CH2,2,03/11/2011,BAFR,,,"],
        [Episodes, "CH1,01/05/2023,S,C2,N1,U4,PR4,,,,CR0 2AB,SE25 4QQ,2345678", "CH2,15/06/2023,S,V2,N2,K2,PR4,,,,E15 1AA,E17 9BB,3456789"],
        ["CHILD,DOB,MISSING,MIS_START,MIS_END", "CH1,14/02/2012,M,10/10/2023,11/10/2023"]);

    // 2024/25: CH1's open episode is not carried over (it starts a day later); CH2's sex differs from last year; CH3 is new.
    private string Year2025(string root) => Write(root, "2025",
        [Header, "CH1,1,14/02/2012,WBRI,,,", "CH2,1,03/11/2011,BAFR,,,", "CH3,2,05/05/2015,WBRI,,,"],
        [Episodes, "CH1,02/05/2023,S,C2,N1,U4,PR4,,,,CR0 2AB,SE25 4QQ,2345678", "CH2,15/06/2023,S,V2,N2,K2,PR4,,,,E15 1AA,E17 9BB,3456789",
            "CH3,10/10/2024,S,C2,N1,U4,PR4,,,,N1 7GU,N4 2QQ,4567890"],
        null);

    private static ReturnImporter Importer(TestStore test) => new(test.Store) { Ssda903Rules = _ => [new ChangedSinceLastYear()] };

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_return_loaded_last_time_is_compared_with_from_the_store(string engine)
    {
        using var test = TestStore.Open(engine);
        var first = Importer(test).Import([Year2024("a")], null, null).Submissions.Single();
        Assert.False(first.Refused);
        Assert.False(first.PreviousYear!.Ran);

        var outcome = Importer(test).Import([Year2025("b")], null, null).Submissions.Single();

        Assert.False(outcome.Refused);
        var loadedOn = DateTime.Parse(test.Store.Submissions().Single(s => s.Year == 2024).LoadedAt, null, System.Globalization.DateTimeStyles.RoundtripKind);
        var source = $"Barnet's 2023/24 return as loaded on {loadedOn:dd/MM/yyyy}";
        Assert.Equal(source, outcome.PreviousYear!.ComparedWith);
        Assert.True(outcome.PreviousYear.FromStore);
        Assert.Contains("compared with " + source, outcome.PreviousYear.Summary);
        AssertFlagged(outcome, source);
        Assert.Equal(2, outcome.IssueCounts["TESTPREV"]);

        // The LA's readable report says which return the previous-year rules compared with.
        var html = new StringWriter();
        JoinedUp.Ingest.Reports.ErrorReport.WriteHtml(new ImportOutcome([outcome]), html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(outcome.PreviousYear.Summary), html.ToString());
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Both_years_in_one_upload_compare_with_the_previous_years_files(string engine)
    {
        using var test = TestStore.Open(engine);
        var outcome = Importer(test).Import([Year2024("a"), Year2025("b")], null, null);

        var earlier = outcome.Submissions.Single(s => s.Key.Year == 2024);
        var later = outcome.Submissions.Single(s => s.Key.Year == 2025);
        Assert.False(earlier.PreviousYear!.Ran);
        Assert.Equal("the 2023/24 files uploaded with this return", later.PreviousYear!.ComparedWith);
        Assert.False(later.PreviousYear.FromStore);
        AssertFlagged(later, "the 2023/24 files uploaded with this return");
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void With_no_previous_return_held_the_previous_year_rules_are_listed_as_not_run(string engine)
    {
        using var test = TestStore.Open(engine);
        var outcome = Importer(test).Import([Year2025("b")], null, null).Submissions.Single();

        Assert.Null(outcome.PreviousYear!.ComparedWith);
        Assert.Equal(["TESTPREV"], outcome.PreviousYear.Codes);
        Assert.Equal("No previous year's return was held, so the previous-year rules (TESTPREV) did not run.", outcome.PreviousYear.Summary);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleCode == "TESTPREV");
    }

    [Fact]
    public void When_no_rule_of_the_year_compares_with_last_year_no_previous_return_is_read()
    {
        var outcome = ReturnImporter.Validate(SubmissionGrouping.Group([Year2024("a"), Year2025("b")], null, null), ssda903Rules: _ => []);

        var later = outcome.Submissions.Single(s => s.Key.Year == 2025);
        Assert.Null(later.PreviousYear!.ComparedWith);
        Assert.Empty(later.PreviousYear.Codes);
        Assert.Equal("No rule of this year compares with the previous year's return, so none was read.", later.PreviousYear.Summary);
    }

    [Fact]
    public void Validating_without_a_store_uses_the_previous_years_files_only()
    {
        var both = ReturnImporter.Validate(SubmissionGrouping.Group([Year2024("a"), Year2025("b")], null, null), ssda903Rules: _ => [new ChangedSinceLastYear()]);
        AssertFlagged(both.Submissions.Single(s => s.Key.Year == 2025), "the 2023/24 files uploaded with this return");

        var alone = ReturnImporter.Validate(SubmissionGrouping.Group([Year2025("c")], null, null), ssda903Rules: _ => [new ChangedSinceLastYear()]);
        Assert.False(alone.Submissions.Single().PreviousYear!.Ran);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_stored_copy_is_read_back_at_the_precision_the_store_holds(string engine)
    {
        using var test = TestStore.Open(engine);
        Importer(test).Import([Year2024("a")], null, null);

        var previous = PreviousReturns.FromStore(test.Store, "302", 2024)!;
        Assert.Null(PreviousReturns.FromStore(test.Store, "302", 2023));
        Assert.Null(PreviousReturns.FromStore(test.Store, "303", 2024));

        Assert.True(previous.FromStore);
        Assert.Equal(2, previous.Return.Children.Count);
        var child = previous.Return.Child(test.Store.Pseudonymiser.Pseudonymise("302", "CH1"))!;
        Assert.Equal(new DateOnly(2012, 2, 1), child.Header!.Dob);
        Assert.Equal("1", child.Header.Sex);
        Assert.Null(child.Header.Upn);
        var episode = Assert.Single(child.Episodes);
        Assert.Equal(new DateOnly(2023, 5, 1), episode.Decom);
        Assert.Null(episode.Dec);
        Assert.Equal("SE25", episode["PL_POST"]);
        var missing = Assert.Single(child.Missing);
        Assert.Equal(new DateOnly(2012, 2, 1), missing.Dob);
        Assert.Equal(new DateOnly(2023, 10, 10), missing.MisStart);
        Assert.Equal(2, missing.Number);
        Assert.True(previous.Return.Supplied(JoinedUp.Ingest.Ssda903.Ssda903Tables.Missing));
        Assert.Null(previous.Return.Child("CH1"));
    }

    /// <summary>Exactly CH2's SEX (header row 3) and CH1's first episode (episodes row 2), each naming the return compared with.</summary>
    private static void AssertFlagged(SubmissionOutcome outcome, string source)
    {
        var flagged = outcome.Issues.Where(i => i.RuleCode == "TESTPREV").Select(i => (i.Child, i.Table, i.Row, i.Field)).Order().ToList();
        Assert.Equal([("CH1", "episodes", (int?)2, "DECOM"), ("CH2", "header", (int?)3, "SEX")], flagged);
        Assert.All(outcome.Issues.Where(i => i.RuleCode == "TESTPREV"), i => Assert.Contains(source, i.Message));
    }

    private string Write(string root, string year, string[] header, string[] episodes, string[]? missing)
    {
        var directory = Path.Combine(_folder.Path, root, "302", year);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "header.csv"), string.Join("\r\n", header) + "\r\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), string.Join("\r\n", episodes) + "\r\n", new UTF8Encoding(false));
        if (missing is not null) File.WriteAllText(Path.Combine(directory, "missing.csv"), string.Join("\r\n", missing) + "\r\n", new UTF8Encoding(false));
        return directory;
    }

    public void Dispose() => _folder.Dispose();
}
