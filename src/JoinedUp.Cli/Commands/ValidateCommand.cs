using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Reports;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup validate [--la CODE] [--year YYYY] [--out DIR] [--json] PATH...`: check returns against the DfE rules
/// without loading anything; print a summary and write the error report as CSV and HTML.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var la = CommonOptions.La();
        var year = CommonOptions.Year();
        var json = CommonOptions.Json();
        var output = new Option<string>("--out") { Description = "Folder for validation-report.csv and validation-report.html.", DefaultValueFactory = _ => "." };
        var paths = new Argument<string[]>("paths") { Description = "Files or folders holding the returns.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check returns against the DfE's rules and write an error report; nothing is stored.")
            { la, year, json, output, paths };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var files = parse.GetValue(paths)!;
            var quiet = parse.GetValue(json);
            var sets = SubmissionGrouping.Group(files, parse.GetValue(la), parse.GetValue(year));
            var outcome = ImportProgress.Run("Validating", sets.Count, quiet,
                progress => ReturnImporter.Validate(sets, progress));
            var folder = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
            var csvPath = Path.Combine(folder, "validation-report.csv");
            var htmlPath = Path.Combine(folder, "validation-report.html");
            using (var csv = new StreamWriter(csvPath)) ErrorReport.WriteCsv(outcome, csv);
            using (var html = new StreamWriter(htmlPath)) ErrorReport.WriteHtml(outcome, html);
            if (quiet) Console.WriteLine(SubmissionJson.Write(outcome));
            else
            {
                SubmissionTable.Show(outcome, AnsiConsole.Console);
                Console.WriteLine($"Error report: {csvPath}");
                Console.WriteLine($"Readable report: {htmlPath}");
            }
            return outcome.AnyRefused ? 1 : 0;
        }, () => parse.GetValue(json)));
        return command;
    }
}
