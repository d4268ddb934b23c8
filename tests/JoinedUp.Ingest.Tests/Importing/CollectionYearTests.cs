using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Ingest.Tests.Ssda903;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Importing;

/// <summary>
/// A return for an implausible collection year (2100, 1990, or more than a year ahead) is refused whole, naming the
/// file, the field and the rule, and the store is left as it was; other submissions of the same run still load.
/// </summary>
public sealed class CollectionYearTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private readonly TempFolder _folder = new();

    private string Snapshot(string name, string la = "302")
    {
        string?[] row =
        [
            la, "C1001", "", "", "14", "Female", "BAFR", "01/09/2023", "residential special school", "Acme School", "123456", "Kent",
            "spot purchase", "5000", "40", "45", "15", "ASD", "SLCN", "LAC", "Y", "Y", "N",
        ];
        var path = _folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SnapshotTemplate.Write(path, [row]);
        return path;
    }

    [Theory]
    [InlineData(2027, true)]
    [InlineData(2000, true)]
    [InlineData(2028, false)]
    [InlineData(2100, false)]
    [InlineData(1999, false)]
    public void Years_from_2000_to_the_one_ending_within_a_year_of_today_are_plausible(int year, bool plausible)
    {
        Assert.Equal(2027, CollectionYears.Last(Today));
        Assert.Equal(2026, CollectionYears.Last(new DateOnly(2026, 2, 1)));
        Assert.Equal(plausible, CollectionYears.Problem(year, "a test", Today) is null);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_snapshot_for_2100_is_refused_whole_and_the_store_keeps_nothing_of_it(string engine)
    {
        using var test = TestStore.Open(engine);
        var path = Snapshot("snapshot.xlsx");
        var outcome = new ReturnImporter(test.Store).Import([path], "302", 2100);

        var submission = Assert.Single(outcome.Submissions);
        Assert.True(submission.Refused);
        var issue = Assert.Single(submission.Issues);
        Assert.Equal((FileRules.ImplausibleYear, "snapshot.xlsx", "year", IssueSeverity.Refused), (issue.RuleCode, issue.File, issue.Field, issue.Severity));
        Assert.Contains("2100", issue.Message);
        Assert.Contains("--year", issue.Message);
        Assert.Empty(test.Store.Submissions());
    }

    [Fact]
    public void A_year_from_the_path_or_from_an_XML_header_is_judged_too_and_other_submissions_still_load()
    {
        var late = Snapshot(Path.Combine("302", "2029", "snapshot.xlsx"));
        var early = Snapshot(Path.Combine("303", "2024", "snapshot.xlsx"), "303");
        var good = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes);
        var cin = _folder.File("cin.xml");
        File.WriteAllText(cin, File.ReadAllText(PublicFixtures.PathOf("cin-census", "BAR_cin_2022.xml")).Replace("<Year>2022</Year>", "<Year>1990</Year>", StringComparison.Ordinal));

        var sets = SubmissionGrouping.Group([late, early, good, cin], null, null, Today);

        var refused = sets.Where(s => s.UnreadableFiles.Count > 0).ToDictionary(s => (s.Key.LaCode, s.Key.Year));
        Assert.Equal([("201", 1990), ("302", 2029)], refused.Keys.Order());
        Assert.Contains("the file's path", refused[("302", 2029)].UnreadableFiles[0].Message);
        Assert.Contains("element Year", refused[("201", 1990)].UnreadableFiles[0].Message);
        Assert.All(refused.Values, s => Assert.Equal(FileRules.ImplausibleYear, s.UnreadableFiles[0].RuleCode));
        Assert.Contains(sets, s => s.Key.LaCode == "303" && s.Key.Year == 2024 && s.UnreadableFiles.Count == 0);
        Assert.Contains(sets, s => s.Key.LaCode == "302" && s.Key.Year == 2021 && s.UnreadableFiles.Count == 0);

        var outcome = ReturnImporter.Validate(sets);
        Assert.Equal([("201", 1990), ("302", 2029)], outcome.Submissions.Where(s => s.Refused).Select(s => (s.Key.LaCode, s.Key.Year)).Order());
        Assert.Equal(2, outcome.Submissions.Count(s => !s.Refused));
    }

    public void Dispose() => _folder.Dispose();
}
