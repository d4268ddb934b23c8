using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Cin;

/// <summary>Hostile or malformed CIN census files get a clear refusal and change nothing in the store.</summary>
public sealed class CinCensusRefusalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Sample => File.ReadAllText(PublicFixtures.PathOf("cin-census", "BAR_cin_2022.xml"));

    private ImportOutcome ImportText(string text, string name = "cin.xml")
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        using var store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path));
        var outcome = new ReturnImporter(store).Import([path], null, null);
        Assert.Empty(store.Submissions());
        return outcome;
    }

    [Fact]
    public void An_xml_bomb_is_refused_for_its_DTD()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2022</Year></CollectionDetails><Source><LEA>201</LEA></Source></Header><Children>&lol2;</Children></Message>
            """;
        var path = _folder.File("201_2022_cin.xml");
        File.WriteAllText(path, bomb);
        var e = Assert.Throws<ReturnFileException>(() => SubmissionGrouping.Group([path], null, null));
        Assert.Equal(FileRules.XmlDtd, e.Issue.RuleCode);
    }

    [Fact]
    public void A_2026_file_labelled_2022_fails_the_2022_schema_and_nothing_is_stored()
    {
        var wrong = Sample.Replace("<GenderCurrent>1</GenderCurrent>", "<Sex>M</Sex>");
        var submission = Assert.Single(ImportText(wrong).Submissions);
        Assert.True(submission.Refused);
        var issue = Assert.Single(submission.Issues, i => i.Severity == IssueSeverity.Refused);
        Assert.Equal(FileRules.XmlSchema, issue.RuleCode);
        Assert.Contains("schema for 2022", issue.Message);
        Assert.Contains("Sex", issue.Message);
        Assert.NotNull(issue.Row);
    }

    [Fact]
    public void A_year_with_no_DfE_schema_is_refused()
    {
        var submission = Assert.Single(ImportText(Sample.Replace("<Year>2022</Year>", "<Year>2019</Year>")).Submissions);
        Assert.True(submission.Refused);
        Assert.Contains("schemas only for 2022, 2023, 2024, 2025, 2026", submission.Issues[0].Message);
    }

    [Fact]
    public void A_code_not_on_the_years_list_fails_the_schema()
    {
        var submission = Assert.Single(ImportText(Sample.Replace("<PrimaryNeedCode>N4</PrimaryNeedCode>", "<PrimaryNeedCode>N99</PrimaryNeedCode>")).Submissions);
        Assert.True(submission.Refused);
        Assert.Contains(submission.Issues, i => i.Message.Contains("PrimaryNeedCode", StringComparison.Ordinal));
    }

    [Fact]
    public void A_truncated_file_is_refused_as_malformed()
    {
        var text = Sample;
        var submission = Assert.Single(ImportText(text[..(text.Length * 2 / 3)]).Submissions);
        Assert.True(submission.Refused);
        Assert.Equal(FileRules.MalformedXml, submission.Issues[^1].RuleCode);
    }

    public void Dispose() => _folder.Dispose();
}
