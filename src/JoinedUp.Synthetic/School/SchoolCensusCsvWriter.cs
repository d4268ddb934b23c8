using System.Globalization;
using System.Text;
using JoinedUp.Synthetic.Children;
using JoinedUp.Synthetic.Simulation;

namespace JoinedUp.Synthetic.School;

/// <summary>
/// Writes one LA's exclusions and attendance extract for a collection year (the academic year that begins in the
/// September of the collection period) from the same children as its other returns, in the school census's field
/// names: exclusions.csv (UPN, DOB, Sex, Ethnicity, URN, ExclusionCategory, ExclusionReason, ExclusionStartDate,
/// ExclusionSessions) and attendance.csv (UPN, DOB, Sex, Ethnicity, URN, AcademicYear, Term, SessionsPossible,
/// SessionsAuthorised, SessionsUnauthorised), for pupils of compulsory school age (5 to 15 on 31 August) with a UPN.
/// Suspensions are likelier for SEMH or autism, at secondary age, and in the two years before a first residential
/// placement (children's home, residential school or health setting), so that exclusions precede escalation as in
/// seed 000's journeys; one pupil in ten moves school in a year (more before a residential placement).
/// </summary>
public sealed class SchoolCensusCsvWriter(int seed)
{
    public const string ExclusionsFileName = "exclusions.csv";
    public const string AttendanceFileName = "attendance.csv";

    /// <summary>SSDA903 placements that count as residential or inpatient care (secure, children's homes, residential schools, health settings).</summary>
    public static readonly IReadOnlySet<string> ResidentialPlacements = new HashSet<string>(StringComparer.Ordinal) { "K1", "K2", "R1", "R2", "S1" };

    private static readonly string[] SuspensionReasons = ["PD", "PD", "PD", "VA", "VP", "PA", "PP", "DA", "BU", "MT", "DM"];
    private static readonly (string Term, int Possible)[] Terms = [("AUT", 140), ("SPR", 120), ("SUM", 120)];

    public (int Exclusions, int Attendance) Write(string laCode, int year, IEnumerable<SyntheticChild> children, string directory)
    {
        Directory.CreateDirectory(directory);
        var academicYear = year - 1;
        var yearStart = new DateOnly(academicYear, 9, 1);
        var exclusions = new StringBuilder("UPN,DOB,Sex,Ethnicity,URN,ExclusionCategory,ExclusionReason,ExclusionStartDate,ExclusionSessions\n");
        var attendance = new StringBuilder("UPN,DOB,Sex,Ethnicity,URN,AcademicYear,Term,SessionsPossible,SessionsAuthorised,SessionsUnauthorised\n");
        int excluded = 0, terms = 0;
        foreach (var child in children)
        {
            if (child.Upn.StartsWith("UN", StringComparison.Ordinal)) continue;
            var age = child.AgeOn(new DateOnly(academicYear, 8, 31));
            if (age is < 5 or > 15) continue;
            var rng = SeedMixer.RandomFor(seed, "school", laCode, child.ChildId, year);
            var residential = child.Episodes.Where(e => ResidentialPlacements.Contains(e.PlacementType)).Select(e => (DateOnly?)e.Start).Min();
            var approaching = residential is { } r && r >= yearStart && r < yearStart.AddYears(2);
            var inResidential = residential is { } r2 && r2 < yearStart;
            var needs = child.Needs.PrimaryNeed is SenType.SocialEmotionalMentalHealth or SenType.Autism;
            var common = $"{child.Upn},{child.DateOfBirth:dd/MM/yyyy},{(child.Sex == 1 ? "M" : "F")},{child.Ethnicity}";
            var school = School(laCode, child, year);
            var rate = 0.04 + (needs ? 0.10 : 0) + (age >= 11 ? 0.06 : 0) + (approaching ? 0.35 : 0);
            var count = 0;
            while (count < 4 && rng.NextDouble() < rate / (count + 1)) count++;
            var days = Enumerable.Range(0, count).Select(_ => yearStart.AddDays(rng.Next(0, 300))).Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).Order().ToList();
            foreach (var day in days.Distinct())
            {
                var permanent = approaching && rng.Next(8) == 0;
                var sessions = permanent ? 0 : 2 * rng.Next(1, 6);
                exclusions.Append(CultureInfo.InvariantCulture,
                    $"{common},{school},{(permanent ? "PERM" : "SUSP")},{SuspensionReasons[rng.Next(SuspensionReasons.Length)]},{day:dd/MM/yyyy},{(permanent ? "" : sessions.ToString(CultureInfo.InvariantCulture))}\n");
                excluded++;
            }
            foreach (var (term, possible) in Terms)
            {
                var absence = inResidential ? 0.03 : approaching ? 0.18 : needs ? 0.10 : 0.06;
                var absent = (int)Math.Round(possible * absence * (0.5 + rng.NextDouble()));
                var unauthorised = (int)Math.Round(absent * (approaching ? 0.6 : 0.3));
                attendance.Append(CultureInfo.InvariantCulture,
                    $"{common},{school},{academicYear}/{(academicYear + 1) % 100:D2},{term},{possible},{absent - unauthorised},{unauthorised}\n");
                terms++;
            }
        }
        File.WriteAllText(Path.Combine(directory, ExclusionsFileName), exclusions.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, AttendanceFileName), attendance.ToString(), new UTF8Encoding(false));
        return (excluded, terms);
    }

    /// <summary>
    /// The child's school (a synthetic URN) in the academic year ending in <paramref name="year"/>: the same from year to
    /// year unless the child moved (at 11, when starting secondary school, and otherwise now and then), so that the
    /// number of schools and school moves can be read back.
    /// </summary>
    private string School(string laCode, SyntheticChild child, int year)
    {
        var moves = 0;
        for (var y = child.DateOfBirth.Year + 5; y <= year; y++)
        {
            var age = child.AgeOn(new DateOnly(y - 1, 8, 31));
            var residential = child.Episodes.Any(e => ResidentialPlacements.Contains(e.PlacementType) && e.Start >= new DateOnly(y - 1, 9, 1) && e.Start < new DateOnly(y + 1, 9, 1));
            var chance = residential ? 35 : 10;
            if (age == 11 || SeedMixer.RandomFor(seed, "school-move", laCode, child.ChildId, y).Next(100) < chance) moves++;
        }
        var index = SeedMixer.Mix(seed, "school-base", laCode, child.ChildId) % 400 + moves * 37;
        return (100000 + int.Parse(laCode, CultureInfo.InvariantCulture) * 1000 % 900000 + index % 1000).ToString(CultureInfo.InvariantCulture);
    }
}
