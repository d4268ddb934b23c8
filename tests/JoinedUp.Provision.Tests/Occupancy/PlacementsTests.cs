using System.Globalization;
using CsvHelper;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Map;
using JoinedUp.Provision.Occupancy;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Provision.Tests.Occupancy;

/// <summary>
/// Who is placed where, on both engines: each snapshot child joined to the SSDA903 episode open on 31 March, checked
/// against what the test reads itself from the generated files of Bexley and Brent.
/// </summary>
public sealed class PlacementsTests
{
    private static readonly string[] Las = ["303", "304"];

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Each_snapshot_child_gets_the_districts_distance_setting_and_sourcing_of_the_files(string engine)
    {
        using var folder = new TempFolder();
        using var test = TestStore.Open(engine);
        var region = Regions.London;
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("test", Las),
            FirstYear = 2023,
            LastYear = 2024,
            Scale = 1,
            InjectErrors = false,
            MaxParallelism = 1,
        }).WriteTo(folder.Path);
        new ReturnImporter(test.Store).Import([folder.Path], null, null);
        var census = new DateOnly(2024, 3, 31);

        var expected = new List<(string La, string Urn, string Sourcing, string? Distance, bool InLa)>();
        foreach (var la in Las)
        {
            var episodes = Read(Path.Combine(folder.Path, la, "2024", "episodes.csv"))
                .Where(e => Date(e["DECOM"]) <= census && (e["DEC"].Length == 0 || Date(e["DEC"]) > census))
                .GroupBy(e => e["CHILD"]).ToDictionary(g => g.Key, g => g.OrderBy(e => Date(e["DECOM"])).Last());
            foreach (var row in Read(Path.Combine(folder.Path, la, "2024", "placements_snapshot.csv")))
            {
                var e = episodes[row["child_id"]];
                var km = DistrictCentroids.Shipped.DistanceKm(e["HOME_POST"], e["PL_POST"]);
                expected.Add((la, row["urn"], row["sourcing"], km?.ToString("0.00", CultureInfo.InvariantCulture), row["host_authority"] == region[la].Name));
            }
        }
        Assert.True(expected.Count > 20, $"only {expected.Count} snapshot rows");
        Assert.Contains(expected, e => e.Distance is not null && e.Distance != "0.00");

        var placed = Placements.Load(test.Store, region, 2024, DistrictCentroids.Shipped);
        var actual = placed.Select(p => (p.LaCode, p.Urn ?? "", p.Sourcing, p.DistanceKm?.ToString("0.00", CultureInfo.InvariantCulture), p.InLa == true)).ToList();
        Assert.Equal(expected.OrderBy(x => x.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x.ToString(), StringComparer.Ordinal));
        Assert.All(placed, p => Assert.Contains(p.Sourcing, ContractStatus.All));
        Assert.All(placed, p => Assert.Equal(p.HostAuthority is not null && region.Members.Any(m => m.Name == p.HostAuthority), p.InRegion));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }
}
