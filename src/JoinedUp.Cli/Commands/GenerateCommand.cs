using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup generate --region london --years 2019-2024 --out DIR [--seed N] [--scale X]`: a synthetic region's
/// returns in their real formats, one folder per LA per year, with documented rates of deliberate errors.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "A region by name (london, north-west, ...) or a comma-separated list of DfE LA codes.", DefaultValueFactory = _ => "london" };
        var years = new Option<string>("--years") { Description = "Collection years, e.g. 2019-2024.", DefaultValueFactory = _ => "2019-2024" };
        var output = new Option<string>("--out") { Description = "Folder to write the returns into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => 42 };
        var scale = new Option<double>("--scale") { Description = "Multiplies volumes (1 = about 10,000 looked-after children in London).", DefaultValueFactory = _ => 1.0 };
        var command = new Command("generate", "Write a synthetic region's returns per LA per year: SSDA903 CSV tables, CIN census and SEN2 XML, and the placements snapshot.") { region, years, output, seed, scale };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var summary = Generate(parse.GetValue(region)!, parse.GetValue(years)!, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(scale), quiet: false, snapshot: true);
            Console.WriteLine($"Wrote {summary.Returns.Count} returns for {summary.RegionName}: {summary.TotalChildren:N0} child-years, {summary.TotalEpisodes:N0} episodes, into {Path.GetFullPath(parse.GetValue(output)!)}");
            return 0;
        }));
        return command;
    }

    public static SyntheticRegionSummary Generate(string regionName, string years, string output, int seed, double scale, bool quiet, bool snapshot = false)
    {
        var (first, last) = ParseYears(years);
        var options = new SyntheticRegionOptions { Region = ResolveRegion(regionName), FirstYear = first, LastYear = last, Seed = seed, Scale = scale, WritePlacementsSnapshot = snapshot, WriteCinCensusAndSen2 = snapshot };
        var generator = new SyntheticRegionGenerator(options);
        return quiet ? generator.WriteTo(output) : WithProgress(generator, output, options);
    }

    private static SyntheticRegionSummary WithProgress(SyntheticRegionGenerator generator, string output, SyntheticRegionOptions options)
    {
        if (Console.IsOutputRedirected) return generator.WriteTo(output);
        SyntheticRegionSummary? summary = null;
        Spectre.Console.AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask($"Generating {options.Region.Name}", maxValue: options.Region.Members.Count);
            summary = generator.WriteTo(output, new Progress<string>(_ => task.Increment(1)));
            task.Value = task.MaxValue;
        });
        return summary!;
    }

    public static Region ResolveRegion(string name) =>
        Regions.Find(name) ?? (name.Contains(',') || name.All(char.IsAsciiDigit)
            ? Regions.Of("custom", name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : throw new ArgumentException($"'{name}' is not a region JoinedUp knows (london, north-east, north-west, yorkshire-and-the-humber, east-midlands, west-midlands, east-of-england, south-east, south-west) nor a list of DfE LA codes."));

    public static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && int.TryParse(parts[0], out var first) && int.TryParse(parts[^1], out var last) && first <= last)
            return (first, last);
        throw new ArgumentException($"--years '{text}' should be a year or a range such as 2019-2024.");
    }
}
