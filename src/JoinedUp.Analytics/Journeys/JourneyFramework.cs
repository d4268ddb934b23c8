using System.Globalization;
using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// Seed 000's Appendix 2 analytical framework for children's journey mapping, answered from the linked returns for
/// one child wherever they can answer: ages at first assessment, first EHC needs assessment and plan, first exclusion
/// and how many, first social work involvement; CIN and CP history with categories and lengths; the route into care;
/// placements, schools and short breaks. A "no" is given only where the LA's returns of that kind are loaded (and says
/// for which years); otherwise the answer is "unknown". Questions the returns cannot answer at all (health checks,
/// diagnosis, A&amp;E, therapies) are not listed.
/// </summary>
public static class JourneyFramework
{
    public const string AboutSection = "About the young person";
    public const string NeedsSection = "Identification of needs";
    public const string AssessmentsSection = "Assessments and plans";
    public const string SupportSection = "Support and provision";

    /// <param name="coverage">The years for which the child's LA has loaded each return (by return code).</param>
    public static IReadOnlyList<FrameworkAnswer> Answer(ChildJourney child, IReadOnlyDictionary<string, SortedSet<int>> coverage, DateOnly today)
    {
        string? Covered(string kind) => coverage.TryGetValue(kind, out var years) && years.Count > 0
            ? years.Min == years.Max ? $"{years.Min}" : $"{years.Min}-{years.Max}" : null;
        string Age(DateOnly date) => child.AgeOn(date) is { } a ? a.ToString(CultureInfo.InvariantCulture) : FrameworkAnswer.Unknown;
        var answers = new List<FrameworkAnswer>();

        // About the young person
        answers.Add(child.AgeOn(today) is { } age
            ? new(AboutSection, "What is the young person's current age?", age.ToString(CultureInfo.InvariantCulture), true, "birth month in the returns", age)
            : FrameworkAnswer.NotKnown(AboutSection, "What is the young person's current age?", "no return gives a date of birth"));
        answers.Add(child.Ethnicity is { } eth
            ? new(AboutSection, "What is the young person's ethnicity?", Ssda903CodeLists.Ethnicity.MeaningOf(eth) is { } m ? $"{m} ({eth})" : eth, true, "ethnicity in the returns")
            : FrameworkAnswer.NotKnown(AboutSection, "What is the young person's ethnicity?", "no return gives an ethnicity"));
        answers.Add(child.Sex is { } sex
            ? new(AboutSection, "What is the young person's gender identity?", sex == 1 ? "Male (sex as recorded)" : "Female (sex as recorded)", true, "the returns record sex, not gender identity")
            : FrameworkAnswer.NotKnown(AboutSection, "What is the young person's gender identity?", "no return gives sex, and none records gender identity"));
        answers.Add(new(AboutSection, "What is their home local authority?", EnglishLocalAuthorities.ByDfeCode(child.La)?.Name ?? child.La, true, "the LA whose returns hold the child"));

        // Identification of needs
        var rating = child.DsrRatings.LastOrDefault();
        answers.Add(rating is null
            ? new(NeedsSection, "Were they on the DSR and if so at what rating?", "No", true, "the Dynamic Support Register held in JoinedUp")
            : new(NeedsSection, "Were they on the DSR and if so at what rating?", $"Yes: {rating.Rating} since {rating.On:d MMMM yyyy}", true, "the Dynamic Support Register held in JoinedUp"));
        var inpatient = child.Episodes.Where(e => e.PlacementType == "R2").Select(e => e.Start)
            .Concat(child.Snapshot.Where(p => p.PlacementType == "tier 4 inpatient").Select(p => p.PlacementStart ?? new DateOnly(p.Year, 3, 31))).Distinct().Count();
        answers.Add(inpatient > 0
            ? new(NeedsSection, "Were they admitted to tier 4 inpatient care? If so, how many times?", $"Yes, {inpatient} time{(inpatient == 1 ? "" : "s")}", true, "SSDA903 placement R2 and the placements snapshot", inpatient)
            : FrameworkAnswer.NotKnown(NeedsSection, "Were they admitted to tier 4 inpatient care? If so, how many times?", "no inpatient placement in the returns, which hold only admissions while looked after or in the snapshot"));
        var school = Covered("school");
        var absent = child.Attendance.Where(a => a.PersistentlyAbsent).ToList();
        if (child.Exclusions.Count > 0 || absent.Count > 0)
        {
            var reasons = child.Exclusions.Select(x => SchoolCensusCodeLists.ExclusionReason.MeaningOf(x.Reason) ?? x.Reason).Distinct().ToList();
            if (absent.Count > 0) reasons.Add($"persistent absence in {absent.Count} term{(absent.Count == 1 ? "" : "s")}");
            answers.Add(new(NeedsSection, "Are there any records of periods out of school? If so what were the reasons?", "Yes: " + string.Join("; ", reasons), true, "school census exclusions and attendance"));
        }
        else
            answers.Add(NoOrUnknown(NeedsSection, "Are there any records of periods out of school? If so what were the reasons?", school, "school census exclusions and attendance", child.Attendance.Count > 0));
        if (child.Exclusions.Count > 0)
        {
            var first = child.Exclusions[0];
            answers.Add(new(NeedsSection, "Are there any records of early exclusions? If so at what age was the first exclusion?",
                $"Yes, first at age {Age(first.Start)} ({(first.Category == "PERM" ? "permanent exclusion" : "suspension")})", true, "school census exclusions", child.AgeOn(first.Start)));
            answers.Add(new(NeedsSection, "How many times has the child been excluded?", child.Exclusions.Count.ToString(CultureInfo.InvariantCulture)
                + $" ({child.Exclusions.Count(x => x.Category == "PERM")} permanent, {child.Exclusions.Count(x => x.Category != "PERM")} suspensions)", true, $"school census exclusions {school}", child.Exclusions.Count));
        }
        else
        {
            answers.Add(NoOrUnknown(NeedsSection, "Are there any records of early exclusions? If so at what age was the first exclusion?", school, "school census exclusions", child.Attendance.Count > 0));
            answers.Add(school is not null && child.Attendance.Count > 0
                ? new(NeedsSection, "How many times has the child been excluded?", "0", true, $"school census exclusions {school}", 0)
                : FrameworkAnswer.NotKnown(NeedsSection, "How many times has the child been excluded?", school is null ? "the LA's exclusions are not loaded" : "the child is not in the LA's school census extract"));
        }
        var moves = JourneyBuilder.SchoolMoves(child.Exclusions, child.Attendance);
        answers.Add(moves.Count > 0
            ? new(NeedsSection, "What was the child or young person's age at their first change of school?", Age(moves[0]), child.AgeOn(moves[0]) is not null, "school census records at a different school (URN)", child.AgeOn(moves[0]))
            : FrameworkAnswer.NotKnown(NeedsSection, "What was the child or young person's age at their first change of school?",
                child.Attendance.Count > 0 ? "no change of school in the years of the school census extract; earlier ones are not in the data" : "the child is not in the LA's school census extract"));
        var cin = Covered("cin");
        answers.Add(child.Referrals.Count > 0 || cin is not null
            ? new(NeedsSection, "How many times have they come to the attention of children's social care?", child.Referrals.Count.ToString(CultureInfo.InvariantCulture)
                + " referral" + (child.Referrals.Count == 1 ? "" : "s"), true, $"CIN census referrals {cin}", child.Referrals.Count)
            : FrameworkAnswer.NotKnown(NeedsSection, "How many times have they come to the attention of children's social care?", "the LA's CIN census is not loaded"));

        // Assessments and plans
        var stages = new List<(DateOnly Date, string What)>();
        if (child.Referrals.FirstOrDefault() is { } r0) stages.Add((r0.Referral, "referral"));
        if (child.Referrals.Select(r => r.AssessmentStart).OfType<DateOnly>().Order().FirstOrDefault() is var a0 && a0 != default) stages.Add((a0, "assessment"));
        if (child.Referrals.Select(r => r.CinPlanStart).OfType<DateOnly>().Order().FirstOrDefault() is var c0 && c0 != default) stages.Add((c0, "child in need plan"));
        if (child.Referrals.Select(r => r.CpPlanStart).OfType<DateOnly>().Order().FirstOrDefault() is var p0 && p0 != default) stages.Add((p0, "child protection plan"));
        if (child.Episodes.FirstOrDefault(e => !ResidentialCare.IsShortBreak(e)) is { } e0) stages.Add((e0.Start, "looked after"));
        answers.Add(stages.Count > 0
            ? new(AssessmentsSection, "At what stages did the child (and family) receive social care involvement?",
                string.Join("; ", stages.OrderBy(s => s.Date).Select(s => $"{s.What} at age {Age(s.Date)} ({s.Date:MMMM yyyy})")), true, "CIN census and SSDA903")
            : NoOrUnknown(AssessmentsSection, "At what stages did the child (and family) receive social care involvement?", cin, "CIN census", false));
        var request = child.EhcRequests.FirstOrDefault();
        var plan = child.EhcRequests.Select(r => r.PlanStart).OfType<DateOnly>().Order().Select(d => (DateOnly?)d).FirstOrDefault();
        var sen2 = Covered("sen2");
        answers.Add(request is not null
            ? new(AssessmentsSection, "At what age was their first statutory EHC needs assessment?", Age(request.Received), child.AgeOn(request.Received) is not null, $"SEN2 request received {request.Received:MMMM yyyy}", child.AgeOn(request.Received))
            : FrameworkAnswer.NotKnown(AssessmentsSection, "At what age was their first statutory EHC needs assessment?", sen2 is null ? "the LA's SEN2 is not loaded" : $"no request in the SEN2 returns {sen2}; earlier ones are not in the data"));
        answers.Add(plan is { } pl
            ? new(AssessmentsSection, "At what age was their first EHC plan?", Age(pl), child.AgeOn(pl) is not null, $"SEN2 plan start {pl:MMMM yyyy}", child.AgeOn(pl))
            : FrameworkAnswer.NotKnown(AssessmentsSection, "At what age was their first EHC plan?", sen2 is null ? "the LA's SEN2 is not loaded" : $"no plan in the SEN2 returns {sen2}"));
        answers.Add(a0 != default
            ? new(AssessmentsSection, "At what age was their first assessment?", Age(a0), child.AgeOn(a0) is not null, $"CIN census assessment start {a0:MMMM yyyy}", child.AgeOn(a0))
            : FrameworkAnswer.NotKnown(AssessmentsSection, "At what age was their first assessment?", cin is null ? "the LA's CIN census is not loaded" : $"no assessment in the CIN census {cin}"));
        var social = new[] { a0, c0, p0, child.Episodes.FirstOrDefault(e => !ResidentialCare.IsShortBreak(e))?.Start ?? default }.Where(d => d != default).Order().FirstOrDefault();
        answers.Add(social != default
            ? new(AssessmentsSection, "At what age were they first allocated a social worker?", Age(social), child.AgeOn(social) is not null,
                "first statutory social work (assessment, CIN or CP plan, or care): the returns hold no allocation date", child.AgeOn(social))
            : FrameworkAnswer.NotKnown(AssessmentsSection, "At what age were they first allocated a social worker?", "no assessment, plan or care in the returns loaded"));
        var cinDays = child.Referrals.Where(r => r.CinPlanStart is not null).Sum(r => ((r.CinPlanEnd ?? r.Closed ?? today).DayNumber - r.CinPlanStart!.Value.DayNumber));
        var cpPlans = child.Referrals.Where(r => r.CpPlanStart is not null).ToList();
        var cpDays = cpPlans.Sum(r => ((r.CpPlanEnd ?? r.Closed ?? today).DayNumber - r.CpPlanStart!.Value.DayNumber));
        if (c0 != default || cpPlans.Count > 0)
        {
            var which = new List<string>();
            if (c0 != default) which.Add($"child in need plan ({cinDays} days in all)");
            if (cpPlans.Count > 0) which.Add($"child protection plan ({cpDays} days in all)");
            answers.Add(new(AssessmentsSection, "Have they been subject to a Child in Need plan and/or Child protection plan? How long?", "Yes: " + string.Join(" and ", which), true, $"CIN census {cin}"));
            answers.Add(cpPlans.Count > 0
                ? new(AssessmentsSection, "If so, under which category (neglect; emotional; physical; or sexual abuse)?",
                    string.Join("; ", cpPlans.Select(r => r.LatestCategoryOfAbuse is { } latest && latest != r.InitialCategoryOfAbuse
                        ? $"{AbuseCategory.Words(r.InitialCategoryOfAbuse)}, later {AbuseCategory.Words(latest)}" : AbuseCategory.Words(r.InitialCategoryOfAbuse)).Distinct()), true, "CIN census categories of abuse")
                : new(AssessmentsSection, "If so, under which category (neglect; emotional; physical; or sexual abuse)?", "No child protection plan", true, $"CIN census {cin}"));
        }
        else
        {
            answers.Add(NoOrUnknown(AssessmentsSection, "Have they been subject to a Child in Need plan and/or Child protection plan? How long?", cin, "CIN census", child.Returns.Contains("cin")));
            answers.Add(FrameworkAnswer.NotKnown(AssessmentsSection, "If so, under which category (neglect; emotional; physical; or sexual abuse)?", "no plan in the data"));
        }
        var ssda903 = Covered("ssda903");
        var firstCare = child.Episodes.FirstOrDefault(e => e.LegalStatus is not null && !Ssda903CodeLists.ShortBreakLegalStatuses.Contains(e.LegalStatus));
        answers.Add(firstCare is not null
            ? new(AssessmentsSection, "Did the young person become looked after and if so by which route?", $"{Route(firstCare.LegalStatus)} at age {Age(firstCare.Start)}", true,
                $"legal status {Meaning(firstCare.LegalStatus)} of the first episode ({firstCare.Start:MMMM yyyy})")
            : ssda903 is not null && child.Episodes.Count == 0
                ? new(AssessmentsSection, "Did the young person become looked after and if so by which route?", "Not looked after", true, $"not in the SSDA903 returns {ssda903}")
                : child.Episodes.Count > 0
                    ? new(AssessmentsSection, "Did the young person become looked after and if so by which route?", "Looked after only for short breaks", true, "SSDA903 legal status V3 or V4")
                    : FrameworkAnswer.NotKnown(AssessmentsSection, "Did the young person become looked after and if so by which route?", "the LA's SSDA903 is not loaded"));

        // Support and provision
        var shortBreaks = child.Episodes.Where(e => e.LegalStatus is not null && Ssda903CodeLists.ShortBreakLegalStatuses.Contains(e.LegalStatus)).ToList();
        answers.Add(shortBreaks.Count > 0
            ? new(SupportSection, "Did they access Short Break provision?", $"Yes: {shortBreaks.Count} episode{(shortBreaks.Count == 1 ? "" : "s")} of short breaks looked after (first at age {Age(shortBreaks[0].Start)})", true, "SSDA903 legal status V3 or V4", shortBreaks.Count)
            : FrameworkAnswer.NotKnown(SupportSection, "Did they access Short Break provision?", "no short breaks while looked after; short breaks under section 17 are in no return"));
        var placements = child.Events.Count(e => e.Kind is JourneyEventKind.CareStart or JourneyEventKind.PlacementChange);
        answers.Add(child.Episodes.Count > 0 || ssda903 is not null
            ? new(SupportSection, "How many placements have they had?", placements.ToString(CultureInfo.InvariantCulture), true, $"SSDA903 episodes {ssda903}", placements)
            : FrameworkAnswer.NotKnown(SupportSection, "How many placements have they had?", "the LA's SSDA903 is not loaded"));
        var schools = JourneyBuilder.Schools(child);
        answers.Add(schools > 0
            ? new(SupportSection, "How many schools have they attended?", schools.ToString(CultureInfo.InvariantCulture), true, $"school census extract {school} (schools by URN)", schools)
            : FrameworkAnswer.NotKnown(SupportSection, "How many schools have they attended?", school is null ? "the LA's school census extract is not loaded" : "the child is not in the LA's school census extract"));
        return answers;
    }

    /// <summary>"No" where the return is loaded and the child is in it (or, for wider returns, where it is loaded), else "unknown".</summary>
    private static FrameworkAnswer NoOrUnknown(string section, string question, string? coveredYears, string what, bool childInIt) =>
        coveredYears is not null && childInIt
            ? new(section, question, "No", true, $"{what} {coveredYears}")
            : FrameworkAnswer.NotKnown(section, question, coveredYears is null ? $"the LA's {what} is not loaded" : $"the child is not in the LA's {what}");

    private static string Meaning(string? code) => code is null ? "not given" : Ssda903CodeLists.LegalStatus.MeaningOf(code) is { } m ? $"{code} ({m})" : code;

    /// <summary>The Appendix 2 routes into care from the legal status of the first episode.</summary>
    public static string Route(string? legalStatus) => legalStatus switch
    {
        "V2" => "Voluntary arrangement (section 20)",
        "C1" or "C2" => "Care order",
        "L2" or "L3" => "Emergency protection order",
        "L1" => "Police protection",
        "J1" or "J2" or "J3" => "Youth justice (remand or sentence)",
        "E1" or "D1" => "Placement or freeing order",
        null => FrameworkAnswer.Unknown,
        var other => $"Legal status {other}",
    };
}
