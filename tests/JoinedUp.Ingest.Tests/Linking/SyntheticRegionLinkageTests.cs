using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Store.Linking;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Linking;

/// <summary>
/// The synthetic region's snapshot children link to their SSDA903 records, and those in residential special schools to
/// their SEN2 records (they all have EHC plans), at the 98%; every record that does not is named with a reason.
/// </summary>
public sealed class SyntheticRegionLinkageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Snapshot_children_link_to_ssda903_and_sen2(string engine)
    {
        var returns = Path.Combine(_folder.Path, "returns");
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("test", ["302", "303"]),
            FirstYear = 2023,
            LastYear = 2024,
            Seed = 7,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = true,
        }).WriteTo(returns);
        using var test = TestStore.Open(engine);
        var outcome = new ReturnImporter(test.Store).Import([returns], null, null);
        Assert.DoesNotContain(outcome.Submissions, s => s.Refused);

        using var connection = test.Store.OpenConnection();
        var snapshot = connection.Query<(string La, long Year, string Pseudonym, string Type)>(
            """
            SELECT s.la, s.year, p.pseudonym, p.placement_type FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id
            """).ToList();
        var links = connection.Query<(string La, long Year, string Pseudonym, string LinkedReturn)>(
            "SELECT la, year, pseudonym, linked_return FROM child_link WHERE return_kind = 'snapshot'").ToHashSet();
        bool LinkedTo((string La, long Year, string Pseudonym, string Type) child, string linkedReturn) =>
            links.Contains((child.La, child.Year, child.Pseudonym, linkedReturn));

        Assert.True(snapshot.Count >= 40, $"only {snapshot.Count} snapshot children were generated");
        var toSsda903 = snapshot.Count(c => LinkedTo(c, "ssda903"));
        Assert.True(toSsda903 >= 0.98 * snapshot.Count, $"{toSsda903} of {snapshot.Count} snapshot children link to SSDA903");
        var inSchools = snapshot.Where(c => c.Type == SnapshotFields.ResidentialSpecialSchool).ToList();
        Assert.NotEmpty(inSchools);
        var toSen2 = inSchools.Count(c => LinkedTo(c, "sen2"));
        Assert.True(toSen2 >= 0.98 * inSchools.Count, $"{toSen2} of {inSchools.Count} children in residential special schools link to SEN2");

        var report = LinkageReport.For(test.Store);
        var unlinkedSnapshot = report.Unlinked.Where(u => u.Return == "snapshot").ToList();
        foreach (var child in snapshot.Where(c => !LinkedTo(c, "ssda903")))
            Assert.Contains(unlinkedSnapshot, u => u.Pseudonym == child.Pseudonym && u.Reason.Length > 0);
        var counted = report.Linkage.Where(l => l.Return == "snapshot").ToList();
        Assert.Equal(snapshot.Count, counted.Sum(l => l.Records));
    }

    public void Dispose() => _folder.Dispose();
}
