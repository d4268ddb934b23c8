using System.Diagnostics;
using System.Text.Json;
using Dapper;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;
using Npgsql;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// `joinedup import` into a shared PostgreSQL store: two imports of the same submission at once take turns (the second
/// replaces the first, both exit 0, no duplicate-key trace), and PostgreSQL stopping during an import gives exit 2, one
/// line on stderr and, with --json, the JSON line still.
/// </summary>
public sealed class PostgresImportTests : IDisposable
{
    private const int Children = 10_000;
    private readonly TempFolder _folder = new();

    private ProcessStartInfo Import(string connectionString, string returns)
    {
        var start = JoinedUpProcess.StartInfo(_folder.Path, "import", "--db", connectionString, "--json", returns);
        start.Environment[StoreKeyring.EnvironmentVariable] = TestStore.PostgresKey.ToText();
        return start;
    }

    private static (int Exit, string Output, string Error) Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, error.Result);
    }

    [PostgresFact]
    public void Two_imports_of_the_same_submission_at_once_take_turns_and_leave_one_copy()
    {
        var returns = Ssda903Folder.Write(_folder.Path, "returns", Children);
        using var test = TestStore.Open(StoreEngines.Postgres);
        using var first = Process.Start(Import(test.Store.Location.Target, returns))!;
        using var second = Process.Start(Import(test.Store.Location.Target, returns))!;
        var results = new[] { first, second }.Select(Finish).ToList();

        foreach (var (exit, output, error) in results)
        {
            Assert.True(exit == 0, $"exit {exit}: {error}");
            Assert.DoesNotContain("23505", error);
            Assert.DoesNotContain("   at ", error);
            var submission = Assert.Single(JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.GetProperty("submissions").EnumerateArray());
            Assert.Equal(Children, submission.GetProperty("children").GetInt32());
        }
        var stored = Assert.Single(test.Store.Submissions());
        Assert.Equal((Children, 2 * Children), (stored.Children, stored.Episodes));
        Assert.Equal(((long)Children, 2L * Children), test.Store.CountRows(stored.Id));
        using var connection = test.Store.OpenConnection();
        Assert.Equal((long)Children, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child_unlinked"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM link_pending"));
    }

    [PostgresFact(PrivateCluster = true)]
    public void PostgreSQL_stopping_during_an_import_exits_2_with_one_line_and_the_json_line()
    {
        var returns = Ssda903Folder.Write(_folder.Path, "returns", 10 * Children);
        using var cluster = new PrivatePostgres();
        using var process = Process.Start(Import(cluster.ConnectionString, returns))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // The load is under way once its rows are being copied in.
        using (var watcher = new NpgsqlConnection(cluster.ConnectionString))
        {
            watcher.Open();
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)
                   && watcher.ExecuteScalar<long>("SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'COPY %' AND pid <> pg_backend_pid()") == 0)
                Thread.Sleep(20);
            Assert.False(process.HasExited, "the import finished before the store could be stopped");
        }
        cluster.Stop();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the import did not end after the store stopped");

        Assert.Equal(2, process.ExitCode);
        var lines = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Matches("^joinedup: The store (cannot be reached|did not answer in time)", line);
        var json = JsonDocument.Parse(output.Result.Trim().Split('\n')[^1]).RootElement;
        Assert.Empty(json.GetProperty("submissions").EnumerateArray());
        Assert.Equal(line["joinedup: ".Length..].Trim(), json.GetProperty("error").GetString());

        // Nothing of the interrupted load is visible once the store is back.
        cluster.Start();
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(cluster.ConnectionString);
        connection.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM submission"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child"));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _folder.Dispose();
    }
}
