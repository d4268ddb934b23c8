using System.Globalization;
using CsvHelper;
using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Children;
using JoinedUp.Synthetic.Simulation;

namespace JoinedUp.Synthetic.Snapshot;

/// <summary>
/// Writes the regional placements snapshot for one LA on 31 March of a year: one row per child looked after that day
/// in a high-cost placement (weekly cost at or above <see cref="HighCostThreshold"/>), with the fields the seeds ask
/// for: cost shares by agency, primary and secondary need, LAC/CIN/CP status, missing education, behaviour that
/// challenges and CAMHS. Needs and costs come from the child model; the flags from the snapshot's own seeded stream.
/// </summary>
internal sealed class SnapshotCsvWriter(Random rng)
{
    public const string FileName = "placements_snapshot.csv";

    /// <summary>Weekly cost from which a placement counts as high-cost (about the region's top quartile of placement costs).</summary>
    public const decimal HighCostThreshold = 2_000m;

    public static readonly string[] Columns =
    [
        "placing_la", "child_id", "age", "gender", "ethnicity", "placement_start", "placement_type", "provider", "urn",
        "host_authority", "sourcing", "weekly_cost", "social_care_share", "education_share", "health_share",
        "primary_need", "secondary_need", "status", "excluded_or_missing_education", "behaviour_that_challenges", "known_to_camhs",
    ];

    public int Write(LocalAuthority la, IEnumerable<SyntheticChild> children, DateOnly snapshotDate, string directory)
    {
        Directory.CreateDirectory(directory);
        using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var column in Columns) csv.WriteField(column);
        csv.NextRecord();
        var rows = 0;
        foreach (var child in children)
        {
            var index = child.Episodes.FindIndex(e => e.Start <= snapshotDate && (e.End is null || e.End.Value > snapshotDate));
            if (index < 0) continue;
            var episode = child.Episodes[index];
            if (episode.WeeklyCost < HighCostThreshold) continue;
            while (index > 0 && child.Episodes[index].ReasonNewEpisode == "L" && child.Episodes[index - 1].End == child.Episodes[index].Start) index--;
            var placedOn = child.Episodes[index].Start;
            var type = SnapshotPlacementType.From(episode.PlacementType);
            var (socialCare, education, health) = Shares(type);
            var needs = child.Needs;
            var challenging = needs.PrimaryNeed is SenType.Autism or SenType.SocialEmotionalMentalHealth or SenType.SevereLearningDifficulty;
            object?[] cells = [
                la.DfeCode, child.ChildId, child.AgeOn(snapshotDate).ToString(CultureInfo.InvariantCulture), child.Sex == 1 ? "Male" : "Female",
                child.Ethnicity, placedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), type, ProviderName(episode.PlacementProvider),
                episode.Urn, episode.HostAuthority, Sourcing(episode.PlacementProvider),
                episode.WeeklyCost.ToString("0", CultureInfo.InvariantCulture),
                socialCare.ToString(CultureInfo.InvariantCulture), education.ToString(CultureInfo.InvariantCulture), health.ToString(CultureInfo.InvariantCulture),
                needs.PrimaryNeed, needs.SecondaryNeed, "LAC",
                YesNo(challenging ? 0.45 : 0.2), YesNo(challenging ? 0.7 : 0.35), YesNo(challenging ? 0.65 : 0.3),
            ];
            foreach (var cell in cells) csv.WriteField(cell?.ToString() ?? string.Empty);
            csv.NextRecord();
            rows++;
        }
        return rows;
    }

    /// <summary>Percentages of the weekly cost met by social care, education and health, summing to 100.</summary>
    private (int SocialCare, int Education, int Health) Shares(string type)
    {
        var (socialCare, education) = type switch
        {
            SnapshotPlacementType.ResidentialSpecialSchool => (40 + rng.Next(-10, 11), 45 + rng.Next(-10, 11)),
            SnapshotPlacementType.Tier4Inpatient => (15 + rng.Next(0, 11), 5),
            SnapshotPlacementType.Secure => (85 + rng.Next(0, 6), 5),
            _ => (80 + rng.Next(0, 16), rng.Next(0, 6)),
        };
        education = Math.Min(education, 100 - socialCare);
        return (socialCare, education, 100 - socialCare - education);
    }

    private string Sourcing(string provider) => provider == "PR1"
        ? "block contract"
        : rng.Weighted<string>([("spot purchase", 65), ("framework", 28), ("block contract", 7)]);

    private static string ProviderName(string provider) => provider switch
    {
        "PR0" => "parents or other person with parental responsibility",
        "PR1" => "own provision (by the LA)",
        "PR2" => "other LA provision",
        "PR3" => "other public provision",
        "PR4" => "private provision",
        _ => "voluntary or third sector provision",
    };

    private string YesNo(double probability) => rng.Chance(probability) ? "Y" : "N";
}
