using System.Globalization;
using CsvHelper;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Provision.Import;
using JoinedUp.Provision.Storage;
using JoinedUp.Synthetic;
using JoinedUp.Synthetic.Provision;
using JoinedUp.TestSupport;

namespace JoinedUp.Provision.Tests.Support;

/// <summary>
/// The synthetic London region for 2023 and 2024 (SSDA903 and placements snapshots imported through the real importer)
/// with its synthetic provision map loaded through the provision import; the snapshot files are kept so tests can count
/// children themselves.
/// </summary>
public sealed class SyntheticLondonProvision : IDisposable
{
    public const int Year = 2024;
    private readonly TempFolder _folder = new();
    private readonly TestStore _store = TestStore.Open(StoreEngines.Sqlite);

    public SyntheticLondonProvision()
    {
        var options = new SyntheticRegionOptions { FirstYear = 2023, LastYear = Year, Scale = 1, InjectErrors = false, MaxParallelism = 2 };
        new SyntheticRegionGenerator(options).WriteTo(_folder.Path);
        var outcome = new ReturnImporter(Store).Import([_folder.Path], null, null);
        if (outcome.Submissions.Count == 0) throw new InvalidOperationException("The synthetic returns imported nothing.");
        var folder = new SyntheticProvisionGenerator(options).WriteTo(_folder.Path);
        var provision = new ProvisionStore(Store);
        using (var file = File.OpenRead(Path.Combine(folder, SyntheticProvisionGenerator.EstablishmentsFile)))
            Require(ProvisionImport.Establishments(provision, file, SyntheticProvisionGenerator.EstablishmentsFile, "test"));
        foreach (var la in Regions.London.Members)
        {
            using var file = File.OpenRead(Path.Combine(folder, la.DfeCode, SyntheticProvisionGenerator.ServicesFile));
            Require(ProvisionImport.Services(provision, la.DfeCode, file, SyntheticProvisionGenerator.ServicesFile, "test"));
        }
    }

    public JoinedUp.Store.RegionalStore Store => _store.Store;

    public string Folder => _folder.Path;

    /// <summary>The rows of one LA's placements snapshot file for <see cref="Year"/>, as the generator wrote them.</summary>
    public IReadOnlyList<IDictionary<string, string>> SnapshotRows(string laCode)
    {
        var path = Path.Combine(_folder.Path, laCode, Year.ToString(CultureInfo.InvariantCulture), "placements_snapshot.csv");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Select(r => (IDictionary<string, string>)((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "")).ToList();
    }

    private static void Require(ProvisionImportOutcome outcome)
    {
        if (!outcome.Succeeded) throw new InvalidOperationException("The synthetic provision map did not load: " + string.Join("; ", outcome.Problems));
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}

/// <summary>The tests that share one synthetic London with its provision map.</summary>
[CollectionDefinition(Name)]
public sealed class SyntheticLondonProvisionCollection : ICollectionFixture<SyntheticLondonProvision>
{
    public const string Name = "synthetic London provision";
}
