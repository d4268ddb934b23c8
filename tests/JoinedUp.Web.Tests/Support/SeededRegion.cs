using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;
using JoinedUp.Store.Loading;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// A temporary SQLite store holding SSDA903 returns for a few London LAs with known figures:
/// Barnet (302) 30 children looked after on 31 March 2024, Camden (202) 12, Croydon (306) 3 (suppressed);
/// 2023: Barnet 25, Camden 10, Croydon 8.
/// </summary>
public sealed class SeededRegion : IDisposable
{
    public static readonly IReadOnlyDictionary<(string La, int Year), int> LookedAfter = new Dictionary<(string, int), int>
    {
        [("302", 2024)] = 30,
        [("202", 2024)] = 12,
        [("306", 2024)] = 3,
        [("302", 2023)] = 25,
        [("202", 2023)] = 10,
        [("306", 2023)] = 8,
    };

    private readonly TempFolder _folder = new();

    public SeededRegion()
    {
        Store = RegionalStore.Open(new StoreLocation(StoreEngine.Sqlite, _folder.File("joinedup.db")));
        foreach (var ((la, year), count) in LookedAfter) Seed(Store, la, year, count);
    }

    public RegionalStore Store { get; }

    public static string ChildId(string la, int i) => $"C{la}-{i:D4}";

    /// <summary>count children in care on 31 March of the year, each with one placement move; every third a breakdown.</summary>
    public static void Seed(RegionalStore store, string la, int year, int count) =>
        store.Replace(new SubmissionKey(la, ReturnKind.Ssda903, year), "seeded", writer =>
        {
            for (var i = 0; i < count; i++)
            {
                var pseudonym = store.Pseudonymiser.Pseudonymise(la, ChildId(la, i));
                writer.AddChild(new ChildRecord(pseudonym, 1 + i % 2, new DateOnly(2010 + i % 7, 1 + i % 12, 1), i % 3 == 0 ? "WBRI" : "BCRB", i + 2));
                writer.AddEpisode(new EpisodeRecord(pseudonym, new DateOnly(year - 2, 5, 1), new DateOnly(year - 1, 6, 30), "S", "C2", "N1", "U1", "PR1",
                    "X1", null, "N1", "N2", null, 2 * i + 2));
                writer.AddEpisode(new EpisodeRecord(pseudonym, new DateOnly(year - 1, 6, 30), null, "P", "C2", "N1", "U3", "PR4",
                    null, i % 3 == 0 ? "CREQB" : "CARPL", "N1", i % 4 == 0 ? "TN1" : "N7", null, 2 * i + 3));
            }
        });

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
