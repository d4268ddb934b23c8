using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Reports;
using JoinedUp.Ingest.Validation.Ssda903;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup validate [--la CODE] [--year YYYY] [--out DIR] [--json] PATH...`: check returns against the DfE rules
/// without loading anything; print a summary and write the error report as CSV and HTML.
/// `joinedup validate --rules [--year YYYY] [--json] [PATH...]`: list every SSDA903 rule (code, years, table, fields,
/// message, whether it runs) and the JoinedUp checks; with files, also validate them and count the failures per rule.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var la = CommonOptions.La();
        var year = CommonOptions.Year();
        var json = CommonOptions.Json();
        var output = new Option<string>("--out") { Description = "Folder for validation-report.csv and validation-report.html.", DefaultValueFactory = _ => "." };
        var rules = new Option<bool>("--rules") { Description = "List every SSDA903 rule (of --year's collection year, else of every year held) and whether it runs; with files, count each rule's failures in them." };
        var paths = new Argument<string[]>("paths") { Description = "Files or folders holding the returns.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("validate", "Check returns against the DfE's rules and write an error report; nothing is stored.")
            { la, year, json, output, rules, paths };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var files = parse.GetValue(paths) ?? [];
            var quiet = parse.GetValue(json);
            if (parse.GetValue(rules)) return ListRules(parse.GetValue(year), quiet, files.Length == 0 ? null : () => Validate(files, parse.GetValue(la), parse.GetValue(year), true, parse.GetValue(output)!));
            if (files.Length == 0)
            {
                Console.Error.WriteLine("joinedup: name the files or folders to validate (or pass --rules to list the rules).");
                return 2;
            }
            var (outcome, csvPath, htmlPath) = Validate(files, parse.GetValue(la), parse.GetValue(year), quiet, parse.GetValue(output)!);
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

    /// <summary>Validates the files and writes the reports; returns the outcome and where the reports are.</summary>
    private static (ImportOutcome Outcome, string Csv, string Html) Validate(string[] files, string? la, int? year, bool quiet, string output)
    {
        var sets = SubmissionGrouping.Group(files, la, year);
        var outcome = ImportProgress.Run("Validating", sets.Count, quiet, progress => ReturnImporter.Validate(sets, progress));
        var folder = Directory.CreateDirectory(output).FullName;
        var csvPath = Path.Combine(folder, "validation-report.csv");
        var htmlPath = Path.Combine(folder, "validation-report.html");
        using (var csv = new StreamWriter(csvPath)) ErrorReport.WriteCsv(outcome, csv);
        using (var html = new StreamWriter(htmlPath)) ErrorReport.WriteHtml(outcome, html);
        return (outcome, csvPath, htmlPath);
    }

    /// <summary>`validate --rules`: the rule list, with each rule's failures when files are validated too.</summary>
    private static int ListRules(int? year, bool json, Func<(ImportOutcome Outcome, string Csv, string Html)>? validate)
    {
        var listing = Ssda903RuleList.For(year);
        var result = validate?.Invoke();
        var counts = result is { } r ? RuleList.Counts(r.Outcome) : null;
        if (json)
        {
            Console.WriteLine(RuleList.Json(year, listing, counts, result?.Outcome));
            return result?.Outcome.AnyRefused == true ? 1 : 0;
        }
        Console.Write(RuleList.Text(year, listing, counts));
        if (result is { } done)
        {
            foreach (var s in done.Outcome.Submissions.Where(s => s.PreviousYear is not null))
                Console.WriteLine($"{s.Key}: {s.PreviousYear!.Summary}");
            Console.WriteLine($"Error report: {done.Csv}");
            Console.WriteLine($"Readable report: {done.Html}");
        }
        return result?.Outcome.AnyRefused == true ? 1 : 0;
    }
}
