using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Location;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup bench ingest [--scale X] [--runs N] [--data DIR] [--db postgres://...] [--all-returns]`: validation plus load
/// throughput into SQLite (or PostgreSQL) for a synthetic region, the linking that follows, and peak memory. Each run loads into a fresh store in a child process, so its peak working set
/// is the import's own; the figures reported are medians over the runs.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure throughput and memory on synthetic data.");
        bench.Subcommands.Add(Ingest());
        bench.Subcommands.Add(IngestRun());
        bench.Subcommands.Add(Web());
        bench.Subcommands.Add(ForecastBench());
        bench.Subcommands.Add(RegisterBench());
        bench.Subcommands.Add(Cin());
        bench.Subcommands.Add(DisclosureBenchCommand.Create());
        bench.Subcommands.Add(JourneyBenchCommand.Create());
        bench.Subcommands.Add(RulesBenchCommand.Create());
        return bench;
    }

    /// <summary>`joinedup bench cin [--children N]`: CIN census children per second parsed, schema-validated, checked and stored in SQLite.</summary>
    private static Command Cin()
    {
        var children = new Option<int>("--children") { Description = "Synthetic CIN census children in the file.", DefaultValueFactory = _ => 500_000 };
        var command = new Command("cin", "CIN census throughput: children per second read, validated against the DfE schema and stored.") { children };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-cin-" + Environment.ProcessId);
            Directory.CreateDirectory(folder);
            try
            {
                var n = parse.GetValue(children);
                var file = Path.Combine(folder, "302_2024_cin.xml");
                var clock = Stopwatch.StartNew();
                JoinedUp.Synthetic.Cin.CinBenchmarkReturn.Write(file, "302", 2024, n, 42);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {n:N0} CIN children ({new FileInfo(file).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:F1} s"));
                using var store = RegionalStore.Open(StoreLocation.Parse(Path.Combine(folder, "bench.db"), folder));
                clock.Restart();
                var outcome = new ReturnImporter(store).Import([file], null, null, link: false);
                clock.Stop();
                var submission = outcome.Submissions.Single();
                if (submission.Refused) throw new IOException("The benchmark file was refused: " + submission.Issues.FirstOrDefault());
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{submission.Children:N0} children ({submission.Episodes:N0} typed rows) read, schema-validated, checked and stored in {clock.Elapsed.TotalSeconds:F2} s: {submission.Children / clock.Elapsed.TotalSeconds:N0} children/s; peak working set {self.PeakWorkingSet64 / 1e6:N0} MB."));
                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    private static Command Ingest()
    {
        var scale = new Option<double>("--scale") { Description = "Synthetic London scale (7 gives over 1,000,000 episode rows over 2019-2024).", DefaultValueFactory = _ => 7.0 };
        var runs = new Option<int>("--runs") { Description = "Timed runs; the median is reported.", DefaultValueFactory = _ => 3 };
        var data = new Option<string?>("--data") { Description = "Use returns already generated in this folder (else generated into a temporary folder)." };
        var db = new Option<string?>("--db") { Description = "A postgres:// URL or Npgsql connection string: load into PostgreSQL (a fresh schema per run, dropped after) instead of a fresh SQLite file." };
        var allReturns = new Option<bool>("--all-returns") { Description = "Generate the CIN census, SEN2 and the placements snapshot too (what linking joins), not SSDA903 alone." };
        var command = new Command("ingest", "Validation plus load throughput (episode rows per second), linking time and peak memory.") { scale, runs, data, db, allReturns };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = parse.GetValue(data);
            var temporary = folder is null;
            folder ??= Path.Combine(Path.GetTempPath(), "joinedup-bench-" + Environment.ProcessId);
            var postgres = parse.GetValue(db) is { } spec ? StoreLocation.Parse(spec, Directory.GetCurrentDirectory()) : null;
            if (postgres is { Engine: not StoreEngine.Postgres }) throw new ArgumentException("--db must name a PostgreSQL database (postgres://... or a connection string); without it the benchmark loads into SQLite.");
            try
            {
                if (temporary)
                {
                    Console.WriteLine($"Generating synthetic London at scale {parse.GetValue(scale)} into {folder} ...");
                    var summary = GenerateCommand.Generate("london", "2019-2024", folder, 42, parse.GetValue(scale), quiet: true, snapshot: parse.GetValue(allReturns));
                    Console.WriteLine($"  {summary.Returns.Count} submissions, {summary.TotalEpisodes:N0} episode rows, {summary.TotalChildren:N0} header rows, {DirectorySize(folder) / 1e6:N0} MB");
                }
                var engine = postgres is null ? "SQLite" : "PostgreSQL";
                var results = new List<JsonElement>();
                for (var run = 1; run <= parse.GetValue(runs); run++)
                {
                    var db = Path.Combine(folder, $"bench-{run}.db");
                    string target;
                    string? schema = null;
                    if (postgres is null) target = db;
                    else
                    {
                        schema = $"joinedup_bench_{Environment.ProcessId}_{run}";
                        BenchSchema(postgres, $"CREATE SCHEMA {schema}");
                        target = new Npgsql.NpgsqlConnectionStringBuilder(postgres.Target) { SearchPath = schema }.ConnectionString;
                    }
                    int exit;
                    string output;
                    try
                    {
                        (exit, output) = SelfProcess.Run("bench", "ingest-run", "--data", folder, "--db", target);
                    }
                    finally
                    {
                        foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".key" }) File.Delete(f);
                        if (schema is not null) BenchSchema(postgres!, $"DROP SCHEMA {schema} CASCADE");
                    }
                    if (exit != 0) throw new IOException($"Benchmark run {run} failed ({exit}): {output}");
                    var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
                    results.Add(result);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  run {run}: {result.GetProperty("episodes").GetInt64():N0} episodes, load {result.GetProperty("seconds").GetDouble():F2} s ({result.GetProperty("episodesPerSecond").GetDouble():N0} episodes/s), link {result.GetProperty("linkSeconds").GetDouble():F2} s ({result.GetProperty("links").GetInt64():N0} links), total {result.GetProperty("totalSeconds").GetDouble():F2} s, peak {result.GetProperty("peakMegabytes").GetDouble():N0} MB"));
                }
                var rate = Median(results.Select(r => r.GetProperty("episodesPerSecond").GetDouble()));
                var seconds = Median(results.Select(r => r.GetProperty("seconds").GetDouble()));
                var link = Median(results.Select(r => r.GetProperty("linkSeconds").GetDouble()));
                var total = Median(results.Select(r => r.GetProperty("totalSeconds").GetDouble()));
                var peak = Median(results.Select(r => r.GetProperty("peakMegabytes").GetDouble()));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Median of {results.Count}: {rate:N0} episode rows/s validated and loaded into {engine} ({seconds:F2} s per run, header and other tables included); linking {link:F2} s; import with linking {total:F2} s; peak working set {peak:N0} MB."));
                return 0;
            }
            finally
            {
                if (temporary && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    private static void BenchSchema(StoreLocation postgres, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(postgres.Target);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>One measured import, run in its own process by `bench ingest`: the load, then the linking of every LA; prints one JSON line.</summary>
    private static Command IngestRun()
    {
        var data = new Option<string>("--data") { Required = true };
        var db = new Option<string>("--db") { Required = true };
        var command = new Command("ingest-run", "One measured import (used by `bench ingest`).") { Hidden = true };
        command.Options.Add(data);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var location = StoreLocation.Parse(parse.GetValue(db), Directory.GetCurrentDirectory());
            // A PostgreSQL benchmark store is a fresh schema: it gets a throwaway key (nothing in it outlives the run).
            using var store = RegionalStore.Open(location, key: location.Engine == StoreEngine.Postgres ? JoinedUp.Domain.Pseudonymisation.PseudonymKey.CreateRandom() : null);
            var clock = Stopwatch.StartNew();
            var outcome = new ReturnImporter(store).Import([parse.GetValue(data)!], null, null, link: false);
            clock.Stop();
            var linking = Stopwatch.StartNew();
            JoinedUp.Ingest.Linking.ChildLinker.RelinkPending(store);
            linking.Stop();
            long links;
            using (var connection = store.OpenConnection())
            using (var count = connection.CreateCommand())
            {
                count.CommandText = "SELECT COUNT(*) FROM child_link";
                links = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            var episodes = outcome.Submissions.Sum(s => (long)s.Episodes);
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                submissions = outcome.Submissions.Count,
                refused = outcome.Submissions.Count(s => s.Refused),
                episodes,
                seconds = clock.Elapsed.TotalSeconds,
                episodesPerSecond = episodes / clock.Elapsed.TotalSeconds,
                linkSeconds = linking.Elapsed.TotalSeconds,
                links,
                totalSeconds = clock.Elapsed.TotalSeconds + linking.Elapsed.TotalSeconds,
                peakMegabytes = self.PeakWorkingSet64 / 1e6,
                gcPauseSeconds = GC.GetTotalPauseDuration().TotalSeconds,
                gcCollections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
                allocatedMegabytes = GC.GetTotalAllocatedBytes() / 1e6,
            }));
            return outcome.AnyRefused ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// `joinedup bench web [--db PATH] [--users 50] [--seconds 30]`: signed-in users browsing the dashboard on 127.0.0.1,
    /// over the given store or a freshly generated synthetic London (scale 1, 2019-2024), signed in as benchmark accounts of
    /// its own that are removed afterwards.
    /// </summary>
    private static Command Web()
    {
        var db = CommonOptions.Db();
        var users = new Option<int>("--users") { DefaultValueFactory = _ => 50, Description = "Concurrent signed-in users." };
        var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 30, Description = "How long the load runs." };
        var command = new Command("web", "Page times for concurrent signed-in users browsing the dashboard (bounded in count and time).") { db, users, seconds };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-web-" + Environment.ProcessId);
            try
            {
                var location = parse.GetValue(db) ?? SyntheticLondonStore(folder);
                using var store = CommonOptions.OpenStore(location);
                // Its own accounts, removed afterwards: a benchmark never touches a real account.
                using var accounts = new JoinedUp.Web.Benchmarking.BenchmarkUsers(store, JoinedUp.Domain.Geography.Regions.London);
                var app = JoinedUp.Web.JoinedUpWebApp.Build(store, new JoinedUp.Web.WebOptions { Port = 0 });
                app.StartAsync().GetAwaiter().GetResult();
                try
                {
                    var address = JoinedUp.Web.JoinedUpWebApp.Address(app);
                    var result = JoinedUp.Web.Benchmarking.LoadTest.RunAsync(address, accounts.Accounts, parse.GetValue(users),
                        TimeSpan.FromSeconds(parse.GetValue(seconds)), maxRequests: 100_000).GetAwaiter().GetResult();
                    Console.WriteLine(result);
                }
                finally
                {
                    app.StopAsync().GetAwaiter().GetResult();
                }
                return 0;
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    /// <summary>`joinedup bench forecast [--db PATH]`: a five-year daily forecast for every LA and the region (medians of 5 runs).</summary>
    private static Command ForecastBench()
    {
        var db = CommonOptions.Db();
        var command = new Command("forecast", "Five-year daily forecasts for every LA and the region, over the store or a generated synthetic London.") { db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-forecast-" + Environment.ProcessId);
            try
            {
                var location = parse.GetValue(db) ?? SyntheticLondonStore(folder);
                using var store = CommonOptions.OpenStore(location, createIfMissing: false);
                var episodes = JoinedUp.Store.Reading.EpisodeQueries.LoadedEpisodes(store).ToList();
                Console.WriteLine($"{episodes.Count:N0} episodes loaded from the store.");
                Console.WriteLine(JoinedUp.Forecast.Benchmarks.ForecastBenchmark.Run(episodes));
                return 0;
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    /// <summary>`joinedup bench register`: the register page for the largest ICS with 20,000 entries and 10 years of history.</summary>
    private static Command RegisterBench()
    {
        var entries = new Option<int>("--entries") { DefaultValueFactory = _ => 20_000 };
        var years = new Option<int>("--years") { DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 200 };
        var command = new Command("register", "Seed a Dynamic Support Register and time the register page for the largest ICS (p50/p95).") { entries, years, runs };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-register-" + Environment.ProcessId);
            try
            {
                using var store = CommonOptions.OpenStore(Path.Combine(folder, "joinedup.db"));
                Console.WriteLine(JoinedUp.Register.Benchmarks.RegisterBenchmark.Run(store, JoinedUp.Domain.Geography.Regions.London,
                    parse.GetValue(entries), parse.GetValue(years), parse.GetValue(runs)));
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    /// <summary>Generates synthetic London (scale 1, 2019-2024) and imports it into a store in the folder; returns the store's path.</summary>
    internal static string SyntheticLondonStore(string folder)
    {
        Console.WriteLine("Generating and importing synthetic London (scale 1, 2019-2024) ...");
        GenerateCommand.Generate("london", "2019-2024", Path.Combine(folder, "returns"), 42, 1.0, quiet: true, snapshot: true);
        var location = Path.Combine(folder, "joinedup.db");
        using var seeding = CommonOptions.OpenStore(location);
        new ReturnImporter(seeding).Import([Path.Combine(folder, "returns")], null, null);
        return location;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static long DirectorySize(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
