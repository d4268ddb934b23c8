using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Snapshot;

namespace JoinedUp.Cli.Commands;

/// <summary>`joinedup template snapshot [--out FILE]`: the placements snapshot workbook for LAs to fill, with drop-down lists.</summary>
public static class TemplateCommand
{
    public static Command Create()
    {
        var template = new Command("template", "Write templates for the returns LAs fill.");
        var output = new Option<string>("--out") { Description = "File to write.", DefaultValueFactory = _ => "placements_snapshot.xlsx" };
        var snapshot = new Command("snapshot", "The regional placements snapshot workbook (XLSX) with drop-down lists.") { output };
        snapshot.SetAction(parse => Failures.Guard(() =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            SnapshotTemplate.Write(path);
            Console.WriteLine($"Wrote the placements snapshot template to {path}");
            return 0;
        }));
        template.Subcommands.Add(snapshot);
        return template;
    }
}
