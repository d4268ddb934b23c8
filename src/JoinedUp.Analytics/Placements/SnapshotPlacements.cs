using System.Data.Common;
using System.Globalization;
using Dapper;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Disclosure;
using JoinedUp.Store.Holds;

namespace JoinedUp.Analytics.Placements;

/// <summary>Reads every placements snapshot row in the store, with the child's birth month from the same submission.</summary>
public static class SnapshotPlacements
{
    private sealed class Row
    {
        public string La { get; init; } = "";
        public string Pseudonym { get; init; } = "";
        public long Year { get; init; }
        public long? Age { get; init; }
        public long? Sex { get; init; }
        public string? Ethnicity { get; init; }
        public string? PlacementStart { get; init; }
        public string PlacementType { get; init; } = "";
        public double WeeklyCost { get; init; }
        public double SocialCare { get; init; }
        public double Education { get; init; }
        public double Health { get; init; }
        public string? PrimaryNeed { get; init; }
        public string? BirthMonth { get; init; }
    }

    public static IReadOnlyList<SnapshotPlacement> Load(DbConnection connection, RecordKeys keys) =>
        connection.Query<Row>(
            $"""
            SELECT s.la AS La, p.pseudonym AS Pseudonym, s.year AS Year, p.age AS Age, p.sex AS Sex, p.ethnicity AS Ethnicity, p.placement_start AS PlacementStart,
                   p.placement_type AS PlacementType, p.weekly_cost AS WeeklyCost, p.social_care_cost AS SocialCare,
                   p.education_cost AS Education, p.health_cost AS Health, p.primary_need AS PrimaryNeed,
                   (SELECT MIN(c.birth_month) FROM child c WHERE c.submission_id = p.submission_id AND c.pseudonym = p.pseudonym) AS BirthMonth
            FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id
            WHERE s.return_kind = 'snapshot' AND {SubmissionHolds.NotHeld}
            """).Select(r =>
        {
            var year = (int)r.Year;
            var start = DateOnly.TryParseExact(r.PlacementStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : (DateOnly?)null;
            DateOnly? born = r.BirthMonth is { Length: >= 7 } bm && DateOnly.TryParseExact(bm[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) ? b : null;
            var reference = new DateOnly(year, 3, 31);
            int? ageAtPlacement = born is { } bd && start is { } st ? Age(bd, st)
                : r.Age is { } a && start is { } st2 && st2 <= reference ? (int)a - (reference.DayNumber - st2.DayNumber) / 365 : null;
            var band = born is { } bd2 ? Cohort.AgeBand.Of(bd2, reference) : Band(r.Age);
            return new SnapshotPlacement(r.La, year, band, ageAtPlacement is < 0 ? null : ageAtPlacement, Sexes.Of((int?)r.Sex), Cohort.EthnicGroup.Of(r.Ethnicity),
                r.PlacementType, r.WeeklyCost, r.SocialCare, r.Education, r.Health, string.IsNullOrWhiteSpace(r.PrimaryNeed) ? null : r.PrimaryNeed.Trim().ToUpperInvariant(),
                keys.Of(r.Pseudonym));
        }).ToList();

    private static int Age(DateOnly born, DateOnly on) => on.Year - born.Year - (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day) ? 1 : 0);

    private static string Band(long? age) => age switch
    {
        null => Cohort.AgeBand.Unknown,
        < 1 => "Under 1",
        < 5 => "1 to 4",
        < 10 => "5 to 9",
        < 16 => "10 to 15",
        _ => "16 and over",
    };
}
