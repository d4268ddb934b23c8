using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Import;
using JoinedUp.Provision.Storage;
using JoinedUp.Synthetic;
using JoinedUp.Synthetic.Provision;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup provision establishments FILE`, `joinedup provision services FILE --la CODE` and
/// `joinedup provision generate --out DIR`: load the region's providers and establishments or an LA's service mapping
/// return from XLSX/CSV (all rows or none, every problem listed), or write a synthetic provision map with planted gaps.
/// </summary>
public static class ProvisionCommand
{
    public static Command Create()
    {
        var provision = new Command("provision", "The provision map: establishments shared across the region and each LA's community services.");

        var db = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = "The .xlsx or .csv file." };
        var establishments = new Command("establishments", "Add or update the region's establishments (by URN) from a providers spreadsheet.") { db, file };
        establishments.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db));
            var path = parse.GetValue(file)!;
            using var stream = File.OpenRead(path);
            return Report(ProvisionImport.Establishments(new ProvisionStore(store), stream, path, "cli:" + Environment.UserName), "establishments");
        }));
        provision.Subcommands.Add(establishments);

        var db2 = CommonOptions.Db();
        var file2 = new Argument<string>("file") { Description = "The .xlsx or .csv file." };
        var la = new Option<string>("--la") { Description = "DfE code of the LA whose service mapping return this is.", Required = true };
        var services = new Command("services", "Replace an LA's community services with its service mapping return.") { db2, file2, la };
        services.SetAction(parse => Failures.Guard(() =>
        {
            var code = parse.GetValue(la)!.Trim();
            if (EnglishLocalAuthorities.All.All(l => l.DfeCode != code)) throw new ArgumentException($"'{code}' is not the DfE code of an English local authority.");
            using var store = CommonOptions.OpenStore(parse.GetValue(db2));
            var path = parse.GetValue(file2)!;
            using var stream = File.OpenRead(path);
            return Report(ProvisionImport.Services(new ProvisionStore(store), code, stream, path, "cli:" + Environment.UserName), "services");
        }));
        provision.Subcommands.Add(services);

        var output = new Option<string>("--out") { Description = "Folder to write provision/ into.", Required = true };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42, Description = "Seed of the synthetic region." };
        var scale = new Option<double>("--scale") { DefaultValueFactory = _ => 1.0, Description = "Scale of the synthetic region." };
        var first = new Option<int>("--first-year") { DefaultValueFactory = _ => 2019 };
        var last = new Option<int>("--last-year") { DefaultValueFactory = _ => 2024 };
        var generate = new Command("generate", "Write a synthetic provision map (with planted gaps) for the synthetic region of the same options.") { output, seed, scale, first, last };
        generate.SetAction(parse => Failures.Guard(() =>
        {
            var folder = new SyntheticProvisionGenerator(new SyntheticRegionOptions
            {
                Seed = parse.GetValue(seed),
                Scale = parse.GetValue(scale),
                FirstYear = parse.GetValue(first),
                LastYear = parse.GetValue(last),
            }).WriteTo(parse.GetValue(output)!);
            Console.WriteLine(folder);
            return 0;
        }));
        provision.Subcommands.Add(generate);
        return provision;
    }

    private static int Report(ProvisionImportOutcome outcome, string what)
    {
        if (outcome.Succeeded)
        {
            Console.WriteLine($"Loaded {outcome.Loaded} {what} ({outcome.Added} new).");
            return 0;
        }
        foreach (var problem in outcome.Problems) Console.Error.WriteLine(problem);
        Console.Error.WriteLine($"joinedup: nothing was loaded: {outcome.Problems.Count} problem(s).");
        return 2;
    }
}
