using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup demo`: generate a synthetic London, import every LA into a fresh store under ./.joinedup/demo, print a
/// summary per LA (children, episodes, failures found) and a demo user per role, then serve the web app (port 5080 by
/// default). The output is plain aligned text (<see cref="DemoReport"/>), readable when redirected to a file.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--folder") { Description = "Working folder for the demo's files and store.", DefaultValueFactory = _ => Path.Combine(".joinedup", "demo") };
        var years = new Option<string>("--years") { Description = "Collection years to generate.", DefaultValueFactory = _ => "2019-2024" };
        var scale = new Option<double>("--scale") { Description = "Multiplies volumes.", DefaultValueFactory = _ => 1.0 };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 for the web app (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the import instead of serving the web app." };
        var command = new Command("demo", "Generate a synthetic London region, import it, and serve the web app with a demo user per role.")
            { folder, years, scale, port, noServe };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            var returns = Path.Combine(root, "returns");
            var database = Path.Combine(root, "joinedup.db");
            Directory.CreateDirectory(root);
            if (Directory.Exists(returns)) Directory.Delete(returns, recursive: true);
            foreach (var old in new[] { database, database + "-wal", database + "-shm" }) File.Delete(old);

            Console.WriteLine("JoinedUp demo: a synthetic London region, generated, validated and imported.");
            var summary = GenerateCommand.Generate("london", parse.GetValue(years)!, returns, seed: 42, scale: parse.GetValue(scale), quiet: false, snapshot: true);
            Console.WriteLine($"Generated {summary.Returns.Count} returns ({summary.TotalEpisodes:N0} episodes) in {returns}");

            using var store = CommonOptions.OpenStore(database);
            var sets = SubmissionGrouping.Group([returns], null, null);
            var outcome = ImportProgress.Run("Importing", sets.Count, quiet: false, progress => new ReturnImporter(store).Import(sets, progress));
            Console.Write(DemoReport.PerLa(outcome));
            Console.WriteLine($"Store: {database}");
            if (outcome.AnyRefused) return 1;
            Console.WriteLine("Dynamic Support Register: " + JoinedUp.Register.Demo.DemoRegister.Seed(store, Regions.London, DateOnly.FromDateTime(DateTime.UtcNow)));
            Console.Write(DemoReport.Users(DemoUsers.Create(store, Regions.London)));
            Console.WriteLine($"To serve this store again later: ./joinedup serve --db {database}");
            if (parse.GetValue(noServe)) return 0;
            ServeCommand.Run(store, parse.GetValue(port));
            return 0;
        }));
        return command;
    }

}
