using System.Globalization;
using CsvHelper;
using JoinedUp.Synthetic.Children;
using JoinedUp.Synthetic.Simulation;

namespace JoinedUp.Synthetic.Ssda903;

/// <summary>
/// Writes one SSDA903 return as the CSV tables LAs send (UTF-8 without BOM, CRLF, header row, dd/mm/yyyy dates),
/// streaming each table to disk. Year-to-year details the model does not fix (OC2 health outcomes, OC3 activity) come
/// from the return's own seeded random stream.
/// </summary>
internal sealed class Ssda903CsvWriter(Random rng)
{
    /// <summary>The first collection year with social worker episodes (2023-24).</summary>
    public const int FirstSocialWorkerYear = 2024;

    private static readonly string[] SdqReasons = ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"];

    public void Write(Ssda903Return ret, string directory)
    {
        Directory.CreateDirectory(directory);
        var dob = ret.Header.ToDictionary(h => h.Child, h => h.DateOfBirth);
        var children = ret.Children.Where(c => !ret.LeftOutOfHeader.Contains(c.ChildId)).ToList();

        WriteTable(directory, "header.csv", Ssda903Tables.Header, ret.Header, (csv, h) =>
            Fields(csv, h.Child, Int(h.Sex), Date(h.DateOfBirth), h.Ethnicity, h.Upn, h.Mother, Date(h.ChildOfMotherBorn)));

        WriteTable(directory, "episodes.csv", Ssda903Tables.Episodes, ret.Episodes, (csv, e) =>
            Fields(csv, e.Child, Date(e.Start), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
                // No provider for a temporary placement or one not listed elsewhere (DfE rule 178).
                e.PlacementType is "Z1" or "T0" or "T1" or "T2" or "T3" or "T4" ? null : e.PlacementProvider,
                Date(e.End), e.ReasonEpisodeCeased, e.ReasonPlacementChange,
                // Short breaks (V3/V4) have no home or placement postcode in the return (DfE rules 398, 214).
                ShortBreak(e) ? null : e.HomePostcode, ShortBreak(e) ? null : e.PlacementPostcode,
                // A residential care home (R1) is registered with the CQC, not Ofsted: no Ofsted URN (DfE rule 222); nor is
                // one given for a short break (214).
                e.PlacementType == "R1" || ShortBreak(e) ? null : e.Urn));

        WriteTable(directory, "uasc.csv", Ssda903Tables.Uasc, children.Where(c => c.IsUasc), (csv, c) =>
            Fields(csv, c.ChildId, Int(c.Sex), Date(dob[c.ChildId]), Date(c.UascCeased)));

        var reviews = children.SelectMany(c => c.Reviews.Where(r => r.Date >= ret.PeriodStart && r.Date <= ret.PeriodEnd).Select(r => (c, r)));
        WriteTable(directory, "reviews.csv", Ssda903Tables.Reviews, reviews, (csv, x) =>
            Fields(csv, x.c.ChildId, Date(dob[x.c.ChildId]), Date(x.r.Date), x.r.ParticipationCode));

        var missing = children.SelectMany(c => c.MissingEpisodes
            .Where(m => m.Start <= ret.PeriodEnd && (m.End is null || m.End.Value >= ret.PeriodStart)).Select(m => (c, m)));
        WriteTable(directory, "missing.csv", Ssda903Tables.Missing, missing, (csv, x) =>
            Fields(csv, x.c.ChildId, Date(dob[x.c.ChildId]), x.m.Kind, Date(x.m.Start), x.m.End is { } end && end <= ret.PeriodEnd ? Date(end) : null));

        var outcomes = children.Where(c => LookedAfterContinuouslyForAYear(c, ret.PeriodEnd));
        WriteTable(directory, "oc2.csv", Ssda903Tables.Oc2, outcomes, (csv, c) => Oc2(csv, c, dob[c.ChildId], c.AgeOn(ret.PeriodEnd), c.AgeOn(ret.PeriodStart)));

        WriteTable(directory, "oc3.csv", Ssda903Tables.Oc3, ret.CareLeavers, Oc3);

        var starters = children.Where(c => c.Episodes.Any(e => e.ReasonNewEpisode == "S" && e.Start >= ret.PeriodStart && e.Start <= ret.PeriodEnd));
        WriteTable(directory, "previous_permanence.csv", Ssda903Tables.PreviousPermanence, starters, (csv, c) =>
            Fields(csv, c.ChildId, Date(dob[c.ChildId]), c.PreviousPermanence.Code, c.PreviousPermanence.LaCode, Date(c.PreviousPermanence.Date)));

        var adopted = children.Where(c => c.Adoption is not null && c.Episodes.Any(e =>
            e.ReasonEpisodeCeased is "E11" or "E12" && e.End >= ret.PeriodStart && e.End <= ret.PeriodEnd));
        WriteTable(directory, "ad1.csv", Ssda903Tables.Ad1, adopted, (csv, c) =>
        {
            var a = c.Adoption!;
            Fields(csv, c.ChildId, Date(dob[c.ChildId]), Date(a.DecisionDate), Date(a.MatchDate), a.FosterCarerAdoption ? "1" : "0",
                Int(a.NumberOfAdopters), a.SexOfAdopters, a.AdopterLegalStatus);
        });

        var placedForAdoption = children.Where(c => c.Adoption is not null && c.EpisodesOpenBetween(ret.PeriodStart, ret.PeriodEnd)
            .Any(e => e.LegalStatus is "E1" or "D1"));
        WriteTable(directory, "placed_for_adoption.csv", Ssda903Tables.PlacedForAdoption, placedForAdoption, (csv, c) =>
            Fields(csv, c.ChildId, Date(dob[c.ChildId]), Date(c.Adoption!.DecisionDate), null, null));

        var allocated = ret.Year >= FirstSocialWorkerYear ? children.Where(c => c.IsLookedAfterOn(ret.PeriodEnd)) : [];
        WriteTable(directory, "sw_episodes.csv", Ssda903Tables.SocialWorkerEpisodes, allocated, (csv, c) =>
        {
            var start = c.EpisodesOpenBetween(ret.PeriodStart, ret.PeriodEnd).First().Start;
            var from = start > ret.PeriodStart ? start : ret.PeriodStart.AddDays(rng.Next(0, 300));
            Fields(csv, c.ChildId, Date(dob[c.ChildId]), "SW" + rng.Next(1000, 10000).ToString(CultureInfo.InvariantCulture), Date(from), null,
                SocialWorkerChangeReason(c.ChildId));
        });
    }

    /// <summary>
    /// One OC2 row as the DfE's rules want it, from the same random draws as before those rules were checked (so the rest
    /// of the region is unchanged): an SDQ score or the reason for none for children aged 4 to 16 at 31 March and those
    /// who turned 17 in the year (197B), "under 4 or over 16" (SDQ1) only for those who turned 4 or 17 in the year (157);
    /// convictions from 10 (543); health promotion under 5 only (545, 546); "intervention offered" only when none was
    /// received (158).
    /// </summary>
    private void Oc2(CsvWriter csv, SyntheticChild c, DateOnly dob, int age, int ageAtStart)
    {
        var sdqAge = age is >= 4 and <= 16;
        var scored = sdqAge && rng.Chance(0.8);
        var misuse = age >= 10 && rng.Chance(0.05);
        var score = scored ? Int(Math.Clamp((int)Math.Round(14 + 7 * (rng.NextDouble() + rng.NextDouble() - 1) * 1.7), 0, 40)) : null;
        var reason = sdqAge && !scored ? rng.Pick(SdqReasons) : age == 17 && ageAtStart == 16 ? "SDQ1" : null;
        if (reason == "SDQ1" && sdqAge && ageAtStart >= 4) reason = "SDQ2";
        var convicted = age >= 10 ? Flag(0.04) : null;
        var healthCheck = Flag(0.9);
        var immunisations = Flag(0.85);
        var teeth = Flag(0.82);
        var assessment = Flag(0.9);
        var received = misuse ? Flag(0.6) : null;
        var offered = misuse ? Flag(0.8) : null;
        Fields(csv, c.ChildId, Date(dob), score, reason, convicted, age < 5 ? healthCheck : null, immunisations, teeth, assessment,
            misuse ? "1" : "0", received, received == "0" ? offered : null);
    }

    private static readonly string[] SocialWorkerChangeReasons = ["TSPROC", "LEFTRL", "MANAGE", "PCCHAN", "ORGRST", "ABSENC", "CHCHAN", "FCONTA", "OTHERS"];

    /// <summary>
    /// Why the child's social worker changed (the DfE's rules SW03STG1, SW01bSTG1 and SW13STG1 want one), chosen from the
    /// child's ID so that no random draw is added and the rest of the region is unchanged.
    /// </summary>
    private static string SocialWorkerChangeReason(string childId)
    {
        var sum = 0;
        foreach (var c in childId) sum += c;
        return SocialWorkerChangeReasons[sum % SocialWorkerChangeReasons.Length];
    }

    private static bool ShortBreak(EpisodeRow episode) => episode.LegalStatus is "V3" or "V4";

    private void Oc3(CsvWriter csv, SyntheticChild c)
    {
        var inTouch = rng.Weighted<string>([("YES", 86), ("NO", 6), ("REFU", 3), ("NREQ", 4), ("DIED", 0.3)]);
        string? activity = null, accommodation = null;
        if (inTouch == "YES")
        {
            activity = rng.Weighted<string>([("F1", 8), ("P1", 1), ("F2", 22), ("P2", 4), ("F4", 16), ("P4", 6), ("G4", 6), ("G5", 30), ("G6", 7)]);
            var kind = rng.Weighted<string>([("B", 12), ("D", 22), ("E", 6), ("K", 3), ("U", 35), ("Z", 10), ("T", 3), ("S", 2), ("X", 2), ("Y", 5)]);
            // No fixed abode (S) and custody (X) are never suitable: the DfE has only S2 and X2.
            accommodation = kind + (kind is "S" or "X" || !rng.Chance(0.9) ? "2" : "1");
        }
        Fields(csv, c.ChildId, Date(c.DateOfBirth), inTouch, activity, accommodation);
    }

    private string Flag(double probabilityOfYes) => rng.Chance(probabilityOfYes) ? "1" : "0";

    /// <summary>Looked after without a break for the 12 months to 31 March (the OC2 cohort).</summary>
    private static bool LookedAfterContinuouslyForAYear(SyntheticChild child, DateOnly periodEnd)
    {
        var yearAgo = periodEnd.AddYears(-1);
        var index = child.Episodes.FindIndex(e => e.Start <= periodEnd && (e.End is null || e.End.Value > periodEnd));
        if (index < 0) return false;
        while (index > 0 && child.Episodes[index].Start > yearAgo && child.Episodes[index - 1].End == child.Episodes[index].Start) index--;
        return child.Episodes[index].Start <= yearAgo;
    }

    private static void WriteTable<T>(string directory, string fileName, string[] columns, IEnumerable<T> rows, Action<CsvWriter, T> write)
    {
        // CsvHelper's defaults are the format LAs send: UTF-8 without a byte order mark, RFC 4180, CRLF line endings.
        using var stream = new FileStream(Path.Combine(directory, fileName), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var column in columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var row in rows)
        {
            write(csv, row);
            csv.NextRecord();
        }
    }

    private static void Fields(CsvWriter csv, params string?[] values)
    {
        foreach (var value in values) csv.WriteField(value ?? string.Empty);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString(Ssda903Tables.DateFormat, CultureInfo.InvariantCulture);
}
