using System.Text;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Linking;
using JoinedUp.Store;
using JoinedUp.Store.Linking;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Linking;

/// <summary>
/// Links always match the submissions they come from: a load that commits without its linking (the process stopped in
/// between) never makes the linkage report negative and is caught up by the next import, and two imports of the same LA
/// at once give the links one import of both gives, never twice over.
/// </summary>
public sealed class LinkConsistencyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>An SSDA903 return of <paramref name="children"/> children, alone (so every one is unlinked).</summary>
    private string WriteSsda903(string name, string la, int children)
    {
        var directory = Path.Combine(_folder.Path, name, la, "2024");
        Directory.CreateDirectory(directory);
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (var i = 0; i < children; i++)
        {
            header.Append($"C{i:D7},{1 + i % 2},14/02/2009,WBRI,UN1,,\n");
            episodes.Append($"C{i:D7},01/05/2023,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567\n");
        }
        File.WriteAllText(Path.Combine(directory, "header.csv"), header.ToString());
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), episodes.ToString());
        return Path.Combine(_folder.Path, name);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_load_committed_without_its_linking_never_shows_negative_counts_and_is_caught_up_by_the_next_import(string engine)
    {
        using var test = TestStore.Open(engine);
        var importer = new ReturnImporter(test.Store);
        Assert.DoesNotContain(importer.Import([WriteSsda903("before", "302", 40)], null, null).Submissions, s => s.Refused);
        Assert.Equal(40, Unlinked(test.Store, "302"));

        // The process stops after the smaller replacement's load commits, before its links are remade.
        Assert.DoesNotContain(importer.Import([WriteSsda903("after", "302", 10)], null, null, link: false).Submissions, s => s.Refused);
        Assert.Equal(["302"], PendingLinks.Las(test.Store));
        var meanwhile = Assert.Single(LinkageReport.For(test.Store, "302").Linkage);
        Assert.Equal(10, meanwhile.Records);
        Assert.InRange(meanwhile.Linked, 0, meanwhile.Records);
        Assert.All(LinkageReport.For(test.Store, "302").Unlinked, u => Assert.Equal(2024, u.Year));
        Assert.True(LinkageReport.For(test.Store, "302").Unlinked.Count <= 10);

        // The next import, of another LA, remakes the stopped one's links too.
        Assert.DoesNotContain(importer.Import([WriteSsda903("other", "303", 5)], null, null).Submissions, s => s.Refused);
        Assert.Empty(PendingLinks.Las(test.Store));
        Assert.Equal(10, Unlinked(test.Store, "302"));
        var caughtUp = Assert.Single(LinkageReport.For(test.Store, "302").Linkage);
        Assert.Equal((10L, 0L), (caughtUp.Records, caughtUp.Linked));
        Assert.Equal(10, LinkageReport.For(test.Store, "302").Unlinked.Count);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Two_imports_of_one_LA_at_once_give_the_links_of_one_import_of_both(string engine)
    {
        var returns = Path.Combine(_folder.Path, "returns");
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("test", ["302"]),
            FirstYear = 2023,
            LastYear = 2024,
            Seed = 11,
            Scale = 2,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = true,
        }).WriteTo(returns);
        string[] years = [Path.Combine(returns, "302", "2023"), Path.Combine(returns, "302", "2024")];

        (long Links, long Unlinked) expected;
        using (var reference = TestStore.Open(StoreEngines.Sqlite))
        {
            new ReturnImporter(reference.Store).Import(years, "302", null);
            expected = (Links(reference.Store), Unlinked(reference.Store, "302"));
        }
        Assert.True(expected.Links > 100, $"only {expected.Links} links in the reference import");

        for (var round = 0; round < 3; round++)
        {
            using var test = TestStore.Open(engine);
            using var start = new Barrier(2);
            var outcomes = new ImportOutcome?[years.Length];
            var threads = years.Select((year, i) => new Thread(() =>
            {
                start.SignalAndWait();
                outcomes[i] = new ReturnImporter(test.Store).Import([year], "302", null);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.All(outcomes, o => Assert.DoesNotContain(Assert.IsType<ImportOutcome>(o).Submissions, s => s.Refused));

            Assert.Equal(expected, (Links(test.Store), Unlinked(test.Store, "302")));
            using var connection = test.Store.OpenConnection();
            Assert.Equal(0L, connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM (SELECT 1 FROM child_link GROUP BY la, year, return_kind, pseudonym, linked_year, linked_return, linked_pseudonym HAVING COUNT(*) > 1) d"));
            Assert.Empty(PendingLinks.Las(test.Store));
            Assert.All(LinkageReport.For(test.Store).Linkage, l => Assert.InRange(l.Linked, 0, l.Records));
        }
    }

    private static long Links(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child_link");
    }

    private static long Unlinked(RegionalStore store, string la)
    {
        using var connection = store.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child_unlinked WHERE la = @la", new { la });
    }

    public void Dispose() => _folder.Dispose();
}
