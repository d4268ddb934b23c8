using System.Diagnostics;
using System.Text;
using Dapper;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>Killing `joinedup import` in the middle of a load leaves the previous copy of the submission intact.</summary>
public sealed class InterruptedImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string WriteReturn(string name, int children)
    {
        var directory = Path.Combine(_folder.Path, name, "302", "2021");
        Directory.CreateDirectory(directory);
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (var i = 0; i < children; i++)
        {
            header.Append($"C{i:D7},{1 + i % 2},14/02/2009,WBRI,UN1,,\n");
            episodes.Append($"C{i:D7},01/05/2020,S,C2,N1,U1,PR1,12/09/2020,X1,CARPL,CR0 2AB,CR7 8XY,1234567\n");
            episodes.Append($"C{i:D7},12/09/2020,P,C2,N1,U4,PR4,,,CARPL,CR0 2AB,SE25 4QQ,2345678\n");
        }
        File.WriteAllText(Path.Combine(directory, "header.csv"), header.ToString());
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), episodes.ToString());
        return Path.Combine(_folder.Path, name);
    }

    [Fact]
    public void Killing_the_process_mid_import_leaves_the_previous_copy_intact()
    {
        var small = WriteReturn("small", 50);
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", "--json", small);
        Assert.True(exit == 0, error);
        var large = WriteReturn("large", 400_000);

        var wal = _folder.File("region.db-wal");
        var walBefore = File.Exists(wal) ? new FileInfo(wal).Length : 0;
        using (var process = Process.Start(JoinedUpProcess.StartInfo(_folder.Path, "import", "--db", "region.db", "--json", large))!)
        {
            var clock = Stopwatch.StartNew();
            // The load is under way once its transaction spills pages into the write-ahead log.
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2) && (File.Exists(wal) ? new FileInfo(wal).Length : 0) < walBefore + 4_000_000)
                Thread.Sleep(20);
            Assert.False(process.HasExited, "the import finished before it could be interrupted");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        SqliteConnection.ClearAllPools();
        using var store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path), createIfMissing: false);
        var submission = Assert.Single(store.Submissions());
        Assert.Equal((50, 100), (submission.Children, submission.Episodes));
        Assert.Equal((50L, 100L), store.CountRows(submission.Id));
        using var connection = store.OpenConnection();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
