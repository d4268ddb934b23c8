using System.CommandLine;
using System.Diagnostics;
using JoinedUp.Analytics.Journeys;
using JoinedUp.Cli.Output;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup bench journeys [--db PATH] [--scale X]`: builds every child's journey for the whole region (every LA, every
/// return) three times and prints the median time, over the store or a generated synthetic London (docs/benchmarks.md).
/// </summary>
public static class JourneyBenchCommand
{
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static Command Create()
    {
        var db = CommonOptions.Db();
        var scale = new Option<double>("--scale") { DefaultValueFactory = _ => 1.0, Description = "Scale of the synthetic London generated when no --db is given." };
        var command = new Command("journeys", "Every child's journey for the region, over the store or a generated synthetic London (median of 3 runs).") { db, scale };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-journeys-" + Environment.ProcessId);
            try
            {
                var location = parse.GetValue(db);
                if (location is null)
                {
                    Console.WriteLine($"Generating and importing synthetic London (scale {parse.GetValue(scale)}, 2019-2024, every return) ...");
                    GenerateCommand.Generate("london", "2019-2024", Path.Combine(folder, "returns"), 42, parse.GetValue(scale), quiet: true, snapshot: true);
                    location = Path.Combine(folder, "joinedup.db");
                    using var seeding = CommonOptions.OpenStore(location);
                    new Ingest.Importing.ReturnImporter(seeding).Import([Path.Combine(folder, "returns")], null, null);
                }
                using var store = CommonOptions.OpenStore(location, createIfMissing: false);
                var times = new List<double>();
                var reads = new List<double>();
                var cpu = new List<double>();
                LaJourneys? last = null;
                for (var run = 0; run < 3; run++)
                {
                    var watch = Stopwatch.StartNew();
                    var processor = Process.GetCurrentProcess().TotalProcessorTime;
                    var sources = JourneySources.Load(store, null);
                    reads.Add(watch.Elapsed.TotalMilliseconds);
                    last = new LaJourneys { La = null, Journeys = JourneyBuilder.Build(sources), Coverage = sources.Coverage };
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
                }
                reads.Sort();
                cpu.Sort();
                var journeys = last!.Journeys;
                times.Sort();
                Console.WriteLine($"{journeys.Count:N0} journeys ({journeys.Sum(j => j.Events.Count):N0} events) for {journeys.Select(j => j.La).Distinct().Count()} LAs: "
                    + $"median {times[1]:N0} ms (runs {string.Join(", ", times.Select(t => t.ToString("N0")))} ms; reading the store {reads[1]:N0} ms of it); processor time median {cpu[1]:N0} ms; load average then {LoadAverage()}");
                Console.WriteLine($"Children in more than one return: {journeys.Count(j => j.Returns.Count > 1):N0}; in the school extract: {journeys.Count(j => j.Returns.Contains("school")):N0}");
                return 0;
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }
}
