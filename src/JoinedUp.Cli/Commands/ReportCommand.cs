using System.CommandLine;
using System.Text.Json;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Linking;
using JoinedUp.Store.Linking;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup report linkage [--db PATH|URL] [--la CODE] [--json]`: per LA, year and return, how many records link to the
/// same child in another return, and every record that does not, with the reason.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Reports on what the store holds.");
        var db = CommonOptions.Db();
        var la = CommonOptions.La();
        var json = CommonOptions.Json();
        var linkage = new Command("linkage", "Records linked to the same child across returns, and those unlinked with the reason.") { db, la, json };
        linkage.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            // Links an import stopped before remaking are remade first, so the report is of the submissions as they are.
            ChildLinker.RelinkPending(store);
            var result = LinkageReport.For(store, parse.GetValue(la));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    linkage = result.Linkage.Select(l => new { la = l.La, year = l.Year, @return = l.Return, records = l.Records, linked = l.Linked }),
                    unlinked = result.Unlinked.Select(u => new { la = u.La, year = u.Year, @return = u.Return, pseudonym = u.Pseudonym, reason = u.Reason }),
                }));
                return 0;
            }
            var table = new Table().AddColumns("LA", "Year", "Return", "Records", "Linked", "%");
            foreach (var l in result.Linkage)
                table.AddRow(l.La, l.Year.ToString(), l.Return, l.Records.ToString("N0"), l.Linked.ToString("N0"), l.Records == 0 ? "" : $"{100.0 * l.Linked / l.Records:0.0}");
            AnsiConsole.Write(table);
            foreach (var u in result.Unlinked)
                Console.WriteLine($"{u.La} {u.Year} {u.Return} {u.Pseudonym[..12]}…: {u.Reason}");
            return 0;
        }));
        report.Subcommands.Add(linkage);
        report.Subcommands.Add(JourneyReportCommands.Journeys());
        report.Subcommands.Add(JourneyReportCommands.EarlyWarning());
        report.Subcommands.Add(SufficiencyReportCommand.Create());
        return report;
    }
}
