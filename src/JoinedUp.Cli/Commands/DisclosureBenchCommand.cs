using System.CommandLine;
using JoinedUp.Analytics.Benchmarks;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup bench disclosure [--db PATH]`: for every dashboard view and every LA, how many count cells a regional
/// analyst sees as a number and how far they are from the exact figures (docs/benchmarks.md, docs/decisions/0005).
/// </summary>
public static class DisclosureBenchCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("disclosure", "LA-level cells shown as a number, and the noise the cell key method adds, over the store or a generated synthetic London.") { db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "joinedup-bench-disclosure-" + Environment.ProcessId);
            try
            {
                var location = parse.GetValue(db) ?? BenchCommand.SyntheticLondonStore(folder);
                using var store = CommonOptions.OpenStore(location, createIfMissing: false);
                var coverage = DisclosureCoverage.Measure(CareFacts.Load(store), Regions.London);
                Console.WriteLine(DisclosureCoverage.Describe(coverage));
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
