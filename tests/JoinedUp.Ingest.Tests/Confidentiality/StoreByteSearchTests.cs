using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Tests.Ssda903;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Confidentiality;

/// <summary>
/// Issue 10's "byte search": after the public fake returns and a small synthetic region (with its planted errors, so
/// that validation messages are stored) are imported, nothing in the store - the SQLite file and its log, or every
/// text value of every table - holds a child ID, UPN, surname or full date of birth from the input files.
/// </summary>
public sealed class StoreByteSearchTests : IDisposable
{
    /// <summary>
    /// Identifiers shorter than this are not searched for. At five characters or fewer a number such as a row number,
    /// an SDQ score, a weekly cost or part of a postcode equals some child's ID by chance; the synthetic region's IDs
    /// are 6 to 10 digits, the fake return's mostly 6, and UPNs 13 characters.
    /// </summary>
    private const int ShortestSearched = 6;

    private readonly TempFolder _folder = new();

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void No_identifier_or_date_of_birth_from_the_input_files_is_anywhere_in_the_store(string engine)
    {
        var synthetic = Path.Combine(_folder.Path, "region");
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("test", ["303", "304", "305"]),
            FirstYear = 2023,
            LastYear = 2024,
            Scale = 1,
            InjectErrors = true,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = true,
            MaxParallelism = 1,
        }).WriteTo(synthetic);
        var fakeCsv = ReturnFiles.CopyFakeCsv(_folder);
        var fakeXml = Copy(ReturnFiles.FakeXml, "fake-xml");
        var small = Copy(PublicFixtures.PathOf("ssda903-small"), "small");
        var cin = Copy(PublicFixtures.PathOf("cin-census", "BAR_cin_2022.xml"), "cin");

        using var test = TestStore.Open(engine);
        var importer = new ReturnImporter(test.Store);
        var outcomes = new[]
        {
            importer.Import([synthetic], null, null),
            importer.Import([fakeCsv], "306", 2018),
            importer.Import([fakeXml], "307", 2018),
            importer.Import([small], "308", 2020),
            importer.Import([cin], null, null),
        }.SelectMany(o => o.Submissions).ToList();
        // The planted errors reach the store as flagged rule failures: the messages this test is about.
        Assert.Contains(outcomes, s => !s.Refused && s.Issues.Any(i => i.Child is not null));

        var input = InputIdentifiers.From([synthetic, fakeCsv, fakeXml, small, cin]);
        // An identifier that is also an ordinary value somewhere in the files (a URN, a score) is stored lawfully as that value.
        var words = input.ChildIds.Concat(input.Upns).Where(w => w.Length >= ShortestSearched && !input.OtherWords.Contains(w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A date of birth that is also another child's episode, review or referral date is stored lawfully as that date.
        var births = input.BirthDates.Where(d => !input.OtherDates.Contains(d)).ToHashSet();
        Assert.True(words.Count >= 1000, $"only {words.Count} identifiers to look for");
        Assert.True(births.Count >= 100, $"only {births.Count} dates of birth to look for");

        var fileBytes = StoreText.FileBytes(test.Store);
        var values = StoreText.TableValues(test.Store);
        // The reading itself works: a pseudonym the store must hold is found both ways.
        var known = test.Store.Pseudonymiser.Pseudonymise("306", "566910");
        Assert.Contains(known, StoreText.Words(values));
        if (fileBytes.Length > 0) Assert.Contains(known, fileBytes, StringComparison.Ordinal);
        // ...and so are the dates the store must hold (episode, review and referral dates), so a date of birth would be too.
        Assert.Contains(StoreText.Dates(values), input.OtherDates.Contains);
        if (fileBytes.Length > 0) Assert.Contains(StoreText.Dates(fileBytes), input.OtherDates.Contains);

        foreach (var (where, text) in new[] { ("table values", values), ("file bytes", fileBytes) })
        {
            var leakedWords = StoreText.Words(text).Where(words.Contains).Distinct().Take(10).ToList();
            Assert.True(leakedWords.Count == 0, $"The store's {where} hold identifiers from the input: {string.Join(", ", leakedWords)}");
            var leakedBirths = StoreText.Dates(text).Where(births.Contains).Distinct().Take(10).ToList();
            Assert.True(leakedBirths.Count == 0,
                $"The store's {where} hold dates of birth from the input: {string.Join(", ", leakedBirths.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}");
        }
    }

    private string Copy(string source, string name)
    {
        var target = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(target);
        if (Directory.Exists(source))
            foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        else File.Copy(source, Path.Combine(target, Path.GetFileName(source)));
        return target;
    }

    public void Dispose() => _folder.Dispose();
}
