using System.Data.Common;
using System.Globalization;
using Dapper;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Disclosure;
using JoinedUp.Store.Holds;

namespace JoinedUp.Analytics.Sen2;

/// <summary>EHC plans in force from the SEN2 returns in the store, with the age bands and settings the SEN2 statistics use.</summary>
public static class EhcPlans
{
    public const string NotKnown = "Not known";

    /// <summary>Age bands on 31 March of the return year, as in the DfE's EHC plan statistics.</summary>
    public static IReadOnlyList<string> AgeBands { get; } = ["Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25", NotKnown];

    /// <summary>Setting groups of the plan's first-ranked placement (SEN2 SENSetting or establishment).</summary>
    public static IReadOnlyList<string> Settings { get; } = ["Mainstream school", "Special school", "Residential special school", "Other setting", "Not recorded"];

    public static string Setting(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => "Not recorded",
        "MS" or "MSS" or "MAINSTREAM" or "RP" or "SENU" => "Mainstream school",
        "SS" or "SP" or "SPECIAL" or "AP" or "IS" => "Special school",
        "RSS" => "Residential special school",
        _ => "Other setting",
    };

    public static string AgeBand(DateOnly? born, DateOnly on)
    {
        if (born is not { } b) return NotKnown;
        var age = on.Year - b.Year - (on.Month < b.Month || (on.Month == b.Month && on.Day < b.Day) ? 1 : 0);
        return age switch
        {
            < 0 => NotKnown,
            < 5 => "Under 5",
            < 11 => "5 to 10",
            < 16 => "11 to 15",
            < 20 => "16 to 19",
            < 26 => "20 to 25",
            _ => NotKnown,
        };
    }

    private sealed class Row
    {
        public string La { get; init; } = "";
        public long Year { get; init; }
        public string Pseudonym { get; init; } = "";
        public string PlanStart { get; init; } = "";
        public string? PlanCease { get; init; }
        public string? Setting { get; init; }
        public string? BirthMonth { get; init; }
        public long? Sex { get; init; }
        public string? Ethnicity { get; init; }
    }

    public static IReadOnlyList<EhcPlan> Load(DbConnection connection, RecordKeys keys)
    {
        var rows = connection.Query<Row>(
            $"""
            SELECT s.la AS La, s.year AS Year, r.pseudonym AS Pseudonym, r.plan_start AS PlanStart, r.plan_cease_date AS PlanCease,
                   r.establishment_type AS Setting, c.birth_month AS BirthMonth, c.sex AS Sex, c.ethnicity AS Ethnicity
            FROM sen2_request r JOIN submission s ON s.id = r.submission_id
            LEFT JOIN child c ON c.submission_id = r.submission_id AND c.pseudonym = r.pseudonym
            WHERE s.return_kind = 'sen2' AND r.plan_start IS NOT NULL AND {SubmissionHolds.NotHeld}
            ORDER BY s.la, s.year, r.pseudonym, r.plan_start DESC
            """);
        var plans = new List<EhcPlan>();
        var seen = new HashSet<(string, long, string)>();
        foreach (var r in rows)
        {
            var yearEnd = new DateOnly((int)r.Year, 3, 31);
            var start = DateOnly.ParseExact(r.PlanStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (start > yearEnd) continue;
            if (r.PlanCease is { } cease && DateOnly.ParseExact(cease, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= yearEnd) continue;
            if (!seen.Add((r.La, r.Year, r.Pseudonym))) continue;
            DateOnly? born = r.BirthMonth is { Length: >= 7 } bm && DateOnly.TryParseExact(bm[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) ? b : null;
            plans.Add(new EhcPlan(r.La, (int)r.Year, AgeBand(born, yearEnd), Setting(r.Setting), Sexes.Of((int?)r.Sex), Cohort.EthnicGroup.Of(r.Ethnicity),
                start > yearEnd.AddYears(-1), keys.Of(r.Pseudonym)));
        }
        return plans;
    }
}
