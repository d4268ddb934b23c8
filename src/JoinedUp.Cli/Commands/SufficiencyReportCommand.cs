using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Reports;
using JoinedUp.Provision.Sufficiency;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup report sufficiency --ics NAME --out DIR [--distance KM] [--year YYYY] [--region NAME] [--db PATH|URL]`:
/// the placement sufficiency and gap report of one ICS (or "london" for the region) for a commissioning board, written
/// as one HTML file into DIR. A board sits outside any one LA, so every count of children is protected.
/// </summary>
public static class SufficiencyReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var ics = new Option<string>("--ics") { Description = "The ICS (footprint) to report on, e.g. \"North East London\", or the region's name for the whole region.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder the HTML report is written into (made if missing).", Required = true };
        var distance = new Option<double>("--distance") { Description = "Distance from home counted as within reach, in km.", DefaultValueFactory = _ => SufficiencyRequest.DefaultDistanceKm };
        var year = new Option<int?>("--year") { Description = "Snapshot year (31 March of it); default the latest in the store." };
        var regionName = new Option<string>("--region") { Description = "The region the ICS belongs to.", DefaultValueFactory = _ => Regions.LondonName };
        var command = new Command("sufficiency", "Placement sufficiency and gaps of an ICS or the region, as an HTML report for a commissioning board.")
        {
            db, ics, output, distance, year, regionName,
        };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var region = Regions.Find(parse.GetValue(regionName)!) ?? throw new ArgumentException($"'{parse.GetValue(regionName)}' is not a region JoinedUp knows.");
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var result = SufficiencyReports.Compute(store, region, parse.GetValue(ics), parse.GetValue(year), parse.GetValue(distance), DisclosureControl.Protected);
            var path = SufficiencyReport.WriteTo(result, parse.GetValue(output)!, DistrictCentroids.Shipped);
            Console.WriteLine(path);
            return 0;
        }));
        return command;
    }
}
