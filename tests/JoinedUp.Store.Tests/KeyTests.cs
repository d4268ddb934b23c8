using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Location;
using JoinedUp.Store.Schema;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Store.Tests;

/// <summary>
/// The pseudonymisation key: a new local store gets a random one in an owner-only file beside it; a store whose key
/// is missing, short or different is refused and never re-keyed.
/// </summary>
public sealed class KeyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private StoreLocation Location => StoreLocation.Parse(_folder.File("region.db"), _folder.Path);

    [Fact]
    public void A_new_store_gets_a_random_key_readable_by_its_owner_only()
    {
        using (RegionalStore.Open(Location)) { }
        var keyFile = StoreKeyring.KeyFileFor(Location);
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(keyFile)).Length);

        var other = new TempFolder();
        using (RegionalStore.Open(StoreLocation.Parse(other.File("region.db"), other.Path))) { }
        Assert.NotEqual(File.ReadAllText(keyFile), File.ReadAllText(other.File("region.db.key")));
        other.Dispose();
    }

    [Fact]
    public void Reopening_with_its_key_gives_the_same_pseudonyms()
    {
        string first;
        using (var store = RegionalStore.Open(Location)) first = store.Pseudonymiser.Pseudonymise("302", "C1");
        using var again = RegionalStore.Open(Location);
        Assert.Equal(first, again.Pseudonymiser.Pseudonymise("302", "C1"));
        Assert.Equal(32, first.Length);
    }

    [Fact]
    public void A_store_whose_key_file_is_missing_is_refused_and_no_new_key_is_made()
    {
        using (RegionalStore.Open(Location)) { }
        File.Delete(StoreKeyring.KeyFileFor(Location));
        var e = Assert.Throws<PseudonymKeyException>(() => RegionalStore.Open(Location));
        Assert.Contains("key file", e.Message);
        Assert.False(File.Exists(StoreKeyring.KeyFileFor(Location)));
    }

    [Fact]
    public void A_different_key_is_refused()
    {
        using (RegionalStore.Open(Location)) { }
        File.WriteAllText(StoreKeyring.KeyFileFor(Location), PseudonymKey.CreateRandom().ToText());
        var e = Assert.Throws<PseudonymKeyException>(() => RegionalStore.Open(Location));
        Assert.Contains("does not match", e.Message);
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        using (RegionalStore.Open(Location)) { }
        File.WriteAllText(StoreKeyring.KeyFileFor(Location), Convert.ToBase64String(new byte[16]));
        var e = Assert.Throws<PseudonymKeyException>(() => RegionalStore.Open(Location));
        Assert.Contains("at least 32", e.Message);
    }

    [Fact]
    public void A_key_passed_in_is_checked_against_the_store()
    {
        var key = PseudonymKey.CreateRandom();
        using (RegionalStore.Open(Location, key: key)) { }
        using (RegionalStore.Open(Location, key: key)) { }
        Assert.Throws<PseudonymKeyException>(() => RegionalStore.Open(Location, key: PseudonymKey.CreateRandom()));
    }

    [Fact]
    public void Opening_a_store_that_does_not_exist_without_create_is_refused()
    {
        var e = Assert.Throws<StoreException>(() => RegionalStore.Open(Location, createIfMissing: false));
        Assert.Contains("joinedup init", e.Message);
    }

    [Fact]
    public void Reopening_applies_no_schema_step_twice_and_records_each()
    {
        using (RegionalStore.Open(Location)) { }
        using var store = RegionalStore.Open(Location);
        using var connection = store.OpenConnection();
        var applied = SchemaMigrator.AppliedVersions(connection);
        Assert.Equal(Migrations.All.Select(m => m.Version).ToHashSet(), applied);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
