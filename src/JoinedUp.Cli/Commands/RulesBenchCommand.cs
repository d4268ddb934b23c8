using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup bench rules [--data DIR] [--scale X] [--runs N]`: the SSDA903 rules alone over whole returns held in memory
/// (no reading, no store): children a second with every rule of each return's year, and the slowest rules one by one
/// (docs/benchmarks.md). Generates synthetic London (SSDA903 only) when no folder is given.
/// </summary>
public static class RulesBenchCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Returns already generated in this folder (else synthetic London is generated into a temporary folder)." };
        var scale = new Option<double>("--scale") { DefaultValueFactory = _ => 1.0, Description = "Scale of the synthetic London generated when no --data is given." };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 3, Description = "Timed runs of the whole rule set; the median is reported." };
        var command = new Command("rules", "SSDA903 rules over whole returns in memory: children a second with every rule, and the slowest rules.") { data, scale, runs };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = parse.GetValue(data);
            var temporary = folder is null;
            folder ??= Path.Combine(Path.GetTempPath(), "joinedup-bench-rules-" + Environment.ProcessId);
            try
            {
                if (temporary) GenerateCommand.Generate("london", "2019-2024", folder, 42, parse.GetValue(scale), quiet: true, snapshot: false);
                var reading = Stopwatch.StartNew();
                var returns = RuleTimings.Read(SubmissionGrouping.Group([folder], null, null));
                reading.Stop();
                var children = returns.Sum(r => r.Children.Count);
                var episodes = returns.Sum(r => r.Children.Sum(c => c.Episodes.Count));
                var rules = returns.Select(r => Ssda903RuleSet.For(r.Year)).Distinct().Sum(set => set.Count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{returns.Count} returns, {children:N0} children, {episodes:N0} episode rows read into memory in {reading.Elapsed.TotalSeconds:F2} s; {Ssda903RuleSet.All.Count} rules known ({Ssda903RuleSet.All.Count(r => r.NeedsData is not null)} need data JoinedUp lacks)"));

                var times = new List<double>();
                var failures = 0;
                for (var run = 0; run < Math.Max(1, parse.GetValue(runs)); run++)
                {
                    var watch = Stopwatch.StartNew();
                    failures = returns.Sum(r => Ssda903RuleRunner.Run(r, Ssda903RuleSet.For(r.Year)).Count);
                    times.Add(watch.Elapsed.TotalSeconds);
                }
                times.Sort();
                var median = times[times.Count / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Every rule of each return's year: median {median:F2} s ({children / median:N0} children/s, {episodes / median:N0} episode rows/s; runs {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s), {failures:N0} failures, {Environment.ProcessorCount} cores"));

                var each = RuleTimings.Measure(returns);
                var total = each.Sum(t => t.Time.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"One rule at a time on one thread: {total / 1000:F2} s in all; the slowest:"));
                foreach (var t in each.Take(15))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {t.Rule.Code,-10} {t.Time.TotalMilliseconds,8:F1} ms  {t.Time.TotalMilliseconds / total,6:P1}  {t.Failures,9:N0} failures"));
                Console.WriteLine("The most failures (on synthetic data, each is a question for the generator or the rule):");
                foreach (var t in each.OrderByDescending(t => t.Failures).Take(10))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Rule.Code,-10} {t.Failures,9:N0} failures  {t.Rule.Message}"));
                return 0;
            }
            finally
            {
                if (temporary && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }
}
