using System.Globalization;
using System.Text;
using CsvHelper;
using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Simulation;

namespace JoinedUp.Synthetic.Provision;

/// <summary>
/// Writes a synthetic provision map beside a synthetic region: OUT/provision/establishments.csv (every children's home,
/// residential special school and secure children's home where the region's children are placed on 31 March of the
/// last year, by the URN their SSDA903 episodes and placements snapshot carry, plus settings further away) and
/// OUT/provision/&lt;LA&gt;/services.csv (each LA's service mapping return), in the columns the provision import reads,
/// with the gaps of <see cref="PlantedProvisionGaps"/>. The same options give the same files.
/// </summary>
public sealed class SyntheticProvisionGenerator(SyntheticRegionOptions options)
{
    public const string Folder = "provision";
    public const string EstablishmentsFile = "establishments.csv";
    public const string ServicesFile = "services.csv";

    private static readonly string[] EstablishmentColumns =
    [
        "urn", "name", "type", "host_la", "postcode_district", "ofsted_grade", "ofsted_date", "registered_places", "min_age", "max_age",
        "sexes", "needs_met", "risk_level", "weekly_price_min", "weekly_price_max", "contract_status",
    ];

    private static readonly string[] ServiceColumns =
        ["service", "kind", "agency", "eligibility", "min_age", "max_age", "diagnosis_required", "capacity", "waiting_weeks"];

    private static readonly string[] NameParts = ["Oak", "Willow", "Cedar", "Beech", "Rowan", "Hazel", "Elm", "Birch", "Maple", "Ash", "Holly", "Linden"];
    private static readonly string[] NameEnds = ["House", "Lodge", "View", "Court", "Cottage", "Place"];

    /// <summary>Writes the files; returns the folder written.</summary>
    public string WriteTo(string outputDirectory)
    {
        var folder = Path.Combine(outputDirectory, Folder);
        Directory.CreateDirectory(folder);
        var census = new DateOnly(options.LastYear, 3, 31);
        var generator = new SyntheticRegionGenerator(options);
        // URN -> (SSDA903 placement type, district, host authority) of every setting a child is placed in on the census day.
        var settings = new SortedDictionary<string, (string Type, string District, string Host)>(StringComparer.Ordinal);
        foreach (var la in options.Region.Members)
        {
            foreach (var child in generator.SimulateCohort(la).Children)
            {
                if (child.EpisodeOn(census) is not { Urn: { } urn } episode || episode.PlacementType is not ("K1" or "K2" or "R1" or "S1")) continue;
                settings.TryAdd(urn, (episode.PlacementType, episode.PlacementPostcode.Split(' ')[0], episode.HostAuthority));
            }
        }
        var rng = SeedMixer.RandomFor(options.Seed, "provision-map");
        var far = PlantedProvisionGaps.FarDistricts.Select(f => f.District).ToHashSet(StringComparer.Ordinal);
        var rows = new List<string[]>();
        foreach (var (urn, (placeType, district, host)) in settings)
            rows.Add(Establishment(rng, urn, TypeOf(placeType), district, host, far.Contains(district)));
        // Settings able to hold high-risk SEMH, all far from London (the planted gap), and a few ordinary ones beside them.
        var next = 3_100_000;
        foreach (var (district, authority) in PlantedProvisionGaps.FarDistricts)
        {
            rows.Add(Establishment(rng, (next++).ToString(CultureInfo.InvariantCulture), "children's home", district, authority, far: true, forceHighRiskSemh: true));
            if (rng.Chance(0.5)) rows.Add(Establishment(rng, (next++).ToString(CultureInfo.InvariantCulture), "secure children's home", district, authority, far: true, forceHighRiskSemh: true));
        }
        WriteCsv(Path.Combine(folder, EstablishmentsFile), EstablishmentColumns, rows);

        foreach (var la in options.Region.Members)
        {
            var laRng = SeedMixer.RandomFor(options.Seed, "provision-services", la.DfeCode);
            var footprint = options.Region.FootprintOf(la.DfeCode);
            WriteCsv(Path.Combine(folder, la.DfeCode, ServicesFile), ServiceColumns, Services(laRng, la, footprint));
        }
        return folder;
    }

    private static string TypeOf(string placeType) => placeType switch
    {
        "S1" => "residential special school",
        "K1" => "secure children's home",
        _ => "children's home",
    };

    private static string[] Establishment(Random rng, string urn, string type, string district, string host, bool far, bool forceHighRiskSemh = false)
    {
        var (places, minAge, maxAge, priceLow) = type switch
        {
            "residential special school" => (rng.Next(8, 41), 7, 19, 2_400),
            "secure children's home" => (rng.Next(6, 13), 10, 17, 5_000),
            _ => (rng.Next(2, 7), 8, 17, 2_300),
        };
        var needs = new List<string>();
        if (rng.Chance(0.55)) needs.Add("autism");
        if (rng.Chance(0.45)) needs.Add("learning disability");
        if (rng.Chance(0.6)) needs.Add("SEMH");
        var risk = type == "secure children's home" || rng.Chance(0.35) ? "high" : "standard";
        if (forceHighRiskSemh)
        {
            risk = "high";
            if (!needs.Contains("SEMH")) needs.Add("SEMH");
        }
        else if (!far && risk == "high")
        {
            // The planted gap: near London, no setting holds high risk for SEMH.
            needs.Remove("SEMH");
        }
        var grade = rng.Weighted<string>([("Outstanding", 15), ("Good", 55), ("Requires improvement to be good", 22), ("Inadequate", 4), ("Not yet inspected", 4)]);
        var date = grade == "Not yet inspected" ? "" : new DateOnly(2021, 4, 1).AddDays(rng.Next(0, 1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var low = priceLow + (rng.Next(0, 8) * 100) + (risk == "high" ? 400 : 0);
        var high = low + (rng.Next(3, 9) * 100);
        var contract = rng.Weighted<string>([("spot", 55), ("framework", 35), ("block", 10)]);
        var name = $"{rng.Pick(NameParts)} {rng.Pick(NameEnds)}";
        var sexes = rng.Weighted<string>([("mixed", 80), ("male", 12), ("female", 8)]);
        return
        [
            urn, name, type, host, district, grade, date, places.ToString(CultureInfo.InvariantCulture), minAge.ToString(CultureInfo.InvariantCulture),
            maxAge.ToString(CultureInfo.InvariantCulture), sexes, string.Join("; ", needs), risk, low.ToString(CultureInfo.InvariantCulture),
            high.ToString(CultureInfo.InvariantCulture), contract,
        ];
    }

    private static List<string[]> Services(Random rng, LocalAuthority la, string? footprint)
    {
        var rows = new List<string[]>();
        (string Kind, string Agency, int MinAge, int MaxAge, bool Diagnosis)[] kinds =
        [
            ("short breaks", "social care", 5, 17, false),
            ("keyworking", "health", 0, 25, false),
            ("intensive support", "joint", 8, 17, false),
            ("positive behaviour support", "joint", 4, 18, false),
            ("neurodevelopmental CAMHS", "health", 4, 17, true),
        ];
        foreach (var (kind, agency, minAge, maxAge, diagnosis) in kinds)
        {
            if (kind == "intensive support" && footprint == PlantedProvisionGaps.NoIntensiveSupportFootprint) continue;
            var count = rng.Next(1, 3);
            for (var i = 1; i <= count; i++)
            {
                var needsDiagnosis = diagnosis || rng.Chance(0.2);
                rows.Add(
                [
                    $"{la.Name} {kind} {(i == 1 ? "service" : "outreach")}", kind, agency,
                    needsDiagnosis ? "Diagnosis of autism or a learning disability" : "Children with autism, a learning disability or SEMH needs, diagnosed or not",
                    minAge.ToString(CultureInfo.InvariantCulture), maxAge.ToString(CultureInfo.InvariantCulture), needsDiagnosis ? "Y" : "N",
                    rng.Next(5, 80).ToString(CultureInfo.InvariantCulture), rng.Next(0, kind == "neurodevelopmental CAMHS" ? 80 : 20).ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
        return rows;
    }

    private static void WriteCsv(string path, string[] columns, IEnumerable<string[]> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var c in columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in row) csv.WriteField(cell);
            csv.NextRecord();
        }
    }
}
