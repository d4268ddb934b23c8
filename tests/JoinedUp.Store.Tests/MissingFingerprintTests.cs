using Dapper;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.TestSupport;

namespace JoinedUp.Store.Tests;

/// <summary>
/// A store that holds submissions but has lost its key fingerprint is refused on both engines: a key (even a new random
/// one) is never attached to it, so its pseudonyms never silently stop matching.
/// </summary>
public sealed class MissingFingerprintTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_store_holding_data_without_its_fingerprint_is_refused(string engine)
    {
        using var test = TestStore.Open(engine);
        using (var connection = test.Store.OpenConnection())
        {
            connection.Execute(
                "INSERT INTO submission (la, return_kind, year, source, loaded_at, children, episodes, records, issues) VALUES ('302', 'ssda903', 2024, 'header.csv', '2026-01-01', 0, 0, 0, 0)");
            connection.Execute("DELETE FROM store_meta WHERE name = 'key_fingerprint'");
        }

        var e = Assert.Throws<StoreException>(() => RegionalStore.Open(test.Store.Location, createIfMissing: false, key: PseudonymKey.CreateRandom()));
        Assert.Contains("no key fingerprint", e.Message);
        using var check = test.Store.OpenConnection();
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM store_meta WHERE name = 'key_fingerprint'"));
    }
}
