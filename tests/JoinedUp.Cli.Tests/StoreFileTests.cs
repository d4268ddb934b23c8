using Dapper;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// A local store's files as `joinedup` leaves them on disk: the database and its -wal and -shm files readable by their
/// owner only, like the key file, and a warning on stderr when the key file can be read by others.
/// </summary>
public sealed class StoreFileTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Init_creates_the_database_and_its_wal_and_shm_files_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "init", "--db", "region.db");
        Assert.True(exit == 0, error);
        var db = _folder.File("region.db");
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(db));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(db + ".key"));

        // SQLite makes the -wal and -shm files when the store is next written, as `serve` or `import` would.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL; INSERT INTO store_meta (name, value) VALUES ('probe', 'x')");
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(db + "-wal"));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(db + "-shm"));
    }

    [Fact]
    public void A_key_file_others_can_read_is_warned_about_on_stderr()
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(0, JoinedUpProcess.Run(_folder.Path, "init", "--db", "region.db").ExitCode);
        var key = _folder.File("region.db.key");
        File.SetUnixFileMode(key, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "report", "linkage", "--db", "region.db", "--json");

        Assert.True(exit == 0, error);
        Assert.Contains($"warning: the key file {key} can be read by others (mode 0644)", error);
        Assert.Contains("chmod 600", error);
        Assert.StartsWith("{", output.Trim(), StringComparison.Ordinal);
    }
}
