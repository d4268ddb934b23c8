using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Ingest.Importing;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup import [--db PATH|URL] [--la CODE] [--year YYYY] [--json] PATH...`: validate, clean, pseudonymise and load
/// returns. Each submission is loaded whole or not at all; rows that break a rule are loaded and flagged.
/// Exit code 0 when every submission loaded, 1 when any was refused, 2 when nothing could be done.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var la = CommonOptions.La();
        var year = CommonOptions.Year();
        var json = CommonOptions.Json();
        var paths = new Argument<string[]>("paths") { Description = "Files or folders holding the returns.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Validate and load returns into the regional store (replacing earlier copies of the same submissions).")
            { db, la, year, json, paths };
        command.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db));
            var files = parse.GetValue(paths)!;
            var quiet = parse.GetValue(json);
            var sets = SubmissionGrouping.Group(files, parse.GetValue(la), parse.GetValue(year));
            var outcome = ImportProgress.Run("Importing", sets.Count, quiet,
                progress => new ReturnImporter(store).Import(sets, progress));
            if (quiet) Console.WriteLine(SubmissionJson.Write(outcome));
            else SubmissionTable.Show(outcome, AnsiConsole.Console);
            return outcome.AnyRefused ? 1 : 0;
        }, () => parse.GetValue(json)));
        return command;
    }
}
