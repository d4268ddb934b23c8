using JoinedUp.Ingest.Importing;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>A submission is (LA, return, year): loading it again replaces the earlier copy whole.</summary>
public sealed class ReplacementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Importing_the_same_submission_twice_leaves_one_copy(string engine)
    {
        using var test = TestStore.Open(engine);
        var directory = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes);
        new ReturnImporter(test.Store).Import([directory], null, null);
        new ReturnImporter(test.Store).Import([directory], null, null);

        var submission = Assert.Single(test.Store.Submissions());
        Assert.Equal((3L, 4L), test.Store.CountRows(submission.Id));
        Assert.Equal(4, test.Store.LoadedEpisodes().Count());
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_corrected_return_replaces_the_earlier_one_and_other_submissions_are_untouched(string engine)
    {
        using var test = TestStore.Open(engine);
        var first = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "a/302/2021");
        var other = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "a/303/2021");
        new ReturnImporter(test.Store).Import([first, other], null, null);
        var corrected = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes[..3], "b/302/2021");
        new ReturnImporter(test.Store).Import([corrected], null, null);

        var submissions = test.Store.Submissions();
        Assert.Equal(2, submissions.Count);
        Assert.Equal((3L, 2L), test.Store.CountRows(submissions.Single(s => s.La == "302").Id));
        Assert.Equal((3L, 4L), test.Store.CountRows(submissions.Single(s => s.La == "303").Id));
    }

    [Fact]
    public void The_same_child_in_two_las_gets_two_pseudonyms_and_in_two_years_one()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        new ReturnImporter(test.Store).Import([
            ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "x/302/2021"),
            ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "x/302/2022"),
            ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, "x/303/2021")], null, null);
        var episodes = test.Store.LoadedEpisodes().ToList();
        var pseudonym302 = episodes.Where(e => e.LaCode == "302").Select(e => e.Episode.Pseudonym).ToHashSet();
        var pseudonym303 = episodes.Where(e => e.LaCode == "303").Select(e => e.Episode.Pseudonym).ToHashSet();
        Assert.Equal(3, pseudonym302.Count);
        Assert.Empty(pseudonym302.Intersect(pseudonym303));
        Assert.Contains(test.Store.Pseudonymiser.Pseudonymise("302", "CHX9173645"), pseudonym302);
    }

    public void Dispose() => _folder.Dispose();
}
