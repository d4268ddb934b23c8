using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace JoinedUp.TestSupport;

/// <summary>
/// A PostgreSQL 15 cluster of a test's own, in a temporary folder on a free port of 127.0.0.1 (trust authentication,
/// user postgres), which the test may stop and start again to see how JoinedUp behaves when its store goes away.
/// Run as the postgres user when the tests run as root (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    public const string Binaries = "/usr/lib/postgresql/15/bin";
    private readonly TempFolder _folder = new();
    private readonly string _data;

    public PrivatePostgres()
    {
        _data = _folder.File("data");
        Directory.CreateDirectory(_data);
        if (Environment.UserName == "root") Run("chown", "postgres:postgres", _data);
        Port = FreePort();
        RunAsPostgres(Path.Combine(Binaries, "initdb"), "-D", _data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8");
        Start();
    }

    /// <summary>True when the PostgreSQL 15 server binaries are on this machine.</summary>
    public static bool Available => File.Exists(Path.Combine(Binaries, "pg_ctl"));

    public int Port { get; }

    /// <summary>An Npgsql connection string to the cluster's postgres database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres", Timeout = 5 }.ConnectionString;

    public void Start() => RunAsPostgres(Path.Combine(Binaries, "pg_ctl"), "-D", _data, "-l", Path.Combine(_data, "server.log"), "-w",
        "-o", $"-p {Port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start");

    /// <summary>Stops the server as an administrator would (fast: open sessions are ended).</summary>
    public void Stop() => RunAsPostgres(Path.Combine(Binaries, "pg_ctl"), "-D", _data, "-m", "fast", "-w", "stop");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsPostgres(string program, params string[] args)
    {
        if (Environment.UserName == "root") Run("runuser", ["-u", "postgres", "--", program, .. args]);
        else Run(program, args);
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    public void Dispose()
    {
        try
        {
            RunAsPostgres(Path.Combine(Binaries, "pg_ctl"), "-D", _data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        NpgsqlConnection.ClearAllPools();
        _folder.Dispose();
    }
}
