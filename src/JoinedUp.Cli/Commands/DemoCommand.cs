using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;
using JoinedUp.Web.Accounts;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup demo`: generate a synthetic London, import every LA into a fresh store under ./.joinedup/demo, and print
/// a summary per LA (children, episodes, failures found).
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

            AnsiConsole.MarkupLine("[bold]JoinedUp demo[/]: a synthetic London region, generated, validated and imported.");
            var summary = GenerateCommand.Generate("london", parse.GetValue(years)!, returns, seed: 42, scale: parse.GetValue(scale), quiet: false, snapshot: true);
            AnsiConsole.WriteLine($"Generated {summary.Returns.Count} returns ({summary.TotalEpisodes:N0} episodes) in {returns}");

            using var store = CommonOptions.OpenStore(database);
            var sets = SubmissionGrouping.Group([returns], null, null);
            var outcome = ImportProgress.Run("Importing", sets.Count, quiet: false, progress => new ReturnImporter(store).Import(sets, progress));
            ShowPerLa(outcome);
            AnsiConsole.WriteLine($"Store: {database}");
            if (outcome.AnyRefused) return 1;
            AnsiConsole.WriteLine("Dynamic Support Register: " + JoinedUp.Register.Demo.DemoRegister.Seed(store, Regions.London, DateOnly.FromDateTime(DateTime.UtcNow)));
            if (parse.GetValue(noServe)) return 0;
            ShowDemoUsers(DemoUsers.Create(store, Regions.London));
            ServeCommand.Run(store, parse.GetValue(port));
            return 0;
        }));
        return command;
    }

    private static void ShowDemoUsers(IReadOnlyList<DemoUser> users)
    {
        var table = new Table().AddColumns("User name", "Password (shown once)", "Role", "Organisation");
        foreach (var user in users) table.AddRow(user.UserName, user.Password, user.Role, Markup.Escape(user.Organisation));
        AnsiConsole.MarkupLine("[bold]Demo users[/], one per role:");
        AnsiConsole.Write(table);
    }

    private static void ShowPerLa(ImportOutcome outcome)
    {
        var table = new Table().AddColumns("LA", "Name", "Years", "Looked-after child-years", "Episodes", "CIN, SEN2, snapshot records", "Failures flagged", "Refused");
        foreach (var la in outcome.Submissions.GroupBy(s => s.Key.LaCode).Concat(outcome.Submissions.GroupBy(_ => "")))
        {
            var looked = la.Where(s => s.Key.Return == ReturnKind.Ssda903).ToList();
            var others = la.Where(s => s.Key.Return != ReturnKind.Ssda903).ToList();
            var name = la.Key == "" ? "Region" : JoinedUp.Domain.Geography.EnglishLocalAuthorities.ByDfeCode(la.Key)?.Name ?? "";
            table.AddRow(la.Key, Markup.Escape(name), $"{la.Min(s => s.Key.Year)}-{la.Max(s => s.Key.Year)}", looked.Sum(s => s.Children).ToString("N0"),
                looked.Sum(s => s.Episodes).ToString("N0"), others.Sum(s => s.Episodes).ToString("N0"), la.Sum(s => s.IssueTotal).ToString("N0"),
                la.Count(s => s.Refused).ToString());
        }
        AnsiConsole.Write(table);
    }
}
