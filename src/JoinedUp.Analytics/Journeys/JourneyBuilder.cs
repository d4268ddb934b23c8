using System.Globalization;
using JoinedUp.Domain.Codes;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// Builds a journey for every linked child: the child records of each LA's returns joined into children through the
/// linker's links (child_link), and every fact of every return and of the register gathered under them and laid out as
/// one timeline. A child is one journey per LA (pseudonyms are per LA).
/// </summary>
public static class JourneyBuilder
{
    /// <summary>The journeys of one LA's children, or of every LA's when <paramref name="la"/> is null.</summary>
    public static IReadOnlyList<ChildJourney> Build(RegionalStore store, string? la = null) => Build(JourneySources.Load(store, la));

    public static IReadOnlyList<ChildJourney> Build(JourneySources sources)
    {
        // Pseudonyms are per LA, so each LA's children are joined and built on their own, the LAs side by side.
        var links = sources.Links.ToLookup(l => l.La);
        var las = sources.Nodes.GroupBy(n => n.La).ToList();
        var built = new List<ChildJourney>[las.Count];
        Parallel.For(0, las.Count, i => built[i] = BuildLa(las[i].Key, las[i].ToList(), links[las[i].Key], sources));
        return built.SelectMany(b => b).OrderBy(j => j.La, StringComparer.Ordinal).ThenBy(j => j.Pseudonym, StringComparer.Ordinal).ToList();
    }

    private static List<ChildJourney> BuildLa(string la, List<JourneySources.Node> nodes, IEnumerable<(string La, string A, string B)> links, JourneySources sources)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            var root = x;
            while (parent.TryGetValue(root, out var p) && p != root) root = p;
            while (parent.TryGetValue(x, out var p) && p != root)
            {
                parent[x] = root;
                x = p;
            }
            return root;
        }
        foreach (var n in nodes) parent.TryAdd(n.Pseudonym, n.Pseudonym);
        foreach (var (_, a, b) in links)
        {
            if (!parent.ContainsKey(a) || !parent.ContainsKey(b)) continue;
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[ra] = rb;
        }
        return nodes.GroupBy(n => Find(n.Pseudonym), StringComparer.Ordinal).Select(g => Build(la, g.ToList(), sources)).ToList();
    }

    private static readonly string[] PreferredReturns = ["ssda903", "cin", "snapshot", "sen2", "school"];

    private static ChildJourney Build(string la, List<JourneySources.Node> nodes, JourneySources s)
    {
        var pseudonyms = nodes.Select(n => n.Pseudonym).Distinct().Order(StringComparer.Ordinal).ToList();
        var key = nodes.OrderBy(n => Array.IndexOf(PreferredReturns, n.Return) is var i && i < 0 ? 99 : i).ThenBy(n => n.Pseudonym, StringComparer.Ordinal).First().Pseudonym;
        List<T> All<T>(Dictionary<(string, string), List<T>> map) => pseudonyms.SelectMany(p => map.GetValueOrDefault((la, p)) ?? []).ToList();
        var episodes = All(s.Episodes).DistinctBy(e => e.Start).OrderBy(e => e.Start).ToList();
        var referrals = All(s.Referrals).DistinctBy(r => r.Referral).OrderBy(r => r.Referral).ToList();
        // A plan comes from one request: a plan given again with another request date (a later year's return) is the same plan.
        var requests = All(s.EhcRequests).OrderBy(r => r.Received).DistinctBy(r => r.PlanStart?.ToString() ?? "request " + r.Received.ToString()).ToList();
        var exclusions = All(s.Exclusions).DistinctBy(x => (x.Start, x.Category)).OrderBy(x => x.Start).ToList();
        var attendance = All(s.Attendance).DistinctBy(a => (a.TermStart, a.Urn)).OrderBy(a => a.TermStart).ToList();
        var ratings = All(s.DsrRatings).OrderBy(r => r.On).ToList();
        var snapshot = All(s.Snapshot).OrderBy(p => p.Year).ToList();
        var needs = All(s.SenNeeds);
        var birth = nodes.Select(n => JourneySources.Date(n.BirthMonth is { Length: 7 } m ? m + "-01" : n.BirthMonth)).OfType<DateOnly>()
            .GroupBy(d => new DateOnly(d.Year, d.Month, 1)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (DateOnly?)g.Key).FirstOrDefault();
        var sex = nodes.Select(n => n.Sex).OfType<int>().GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        var ethnicity = nodes.Select(n => n.Ethnicity).OfType<string>().Where(e => e.Length > 0).GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

        var events = new List<JourneyEvent>();
        Events(episodes, events);
        Events(referrals, events);
        Events(requests, needs, events);
        Events(exclusions, attendance, events);
        foreach (var r in ratings) events.Add(new JourneyEvent(r.On, JourneyEventKind.DsrRating, $"Rated {r.Rating}", "register", r.Rating));
        foreach (var p in snapshot.DistinctBy(p => (p.PlacementStart, p.PlacementType)))
            events.Add(new JourneyEvent(p.PlacementStart ?? new DateOnly(p.Year, 3, 31), JourneyEventKind.SnapshotPlacement,
                $"{p.PlacementType}, £{p.WeeklyCost.ToString("N0", CultureInfo.InvariantCulture)} a week{(p.PlacementStart is null ? $" (on 31 March {p.Year}; start not given)" : "")}", "snapshot", p.PlacementType));
        return new ChildJourney
        {
            La = la,
            Pseudonym = key,
            Pseudonyms = pseudonyms,
            Returns = nodes.Select(n => n.Return).ToHashSet(StringComparer.Ordinal),
            BirthMonth = birth,
            Sex = sex,
            Ethnicity = ethnicity,
            Episodes = episodes,
            Referrals = referrals,
            EhcRequests = requests,
            SenNeeds = needs,
            Exclusions = exclusions,
            Attendance = attendance,
            DsrRatings = ratings,
            Snapshot = snapshot,
            Events = events.OrderBy(e => e.Date).ThenBy(e => e.Kind).ToList(),
        };
    }

    private static string Meaning(CodeList list, string? code) => code is null ? "not given" : list.MeaningOf(code) is { } m ? $"{code} {m}" : code;

    private static void Events(List<CareEpisodeFact> episodes, List<JourneyEvent> events)
    {
        CareEpisodeFact? previous = null;
        foreach (var e in episodes)
        {
            if (ResidentialCare.IsShortBreak(e))
            {
                events.Add(new JourneyEvent(e.Start, JourneyEventKind.ShortBreak,
                    $"placement {Meaning(Ssda903CodeLists.PlacementType, e.PlacementType)}{(e.End is { } to ? $", to {to:d MMMM yyyy}" : "")}", "ssda903", e.LegalStatus));
                previous = null;
                continue;
            }
            var newPeriod = previous is null || e.ReasonNewEpisode == "S" || previous.End is null || previous.End < e.Start
                            || (previous.ReasonCeased is { } rec && rec != "X1");
            var where = $"legal status {Meaning(Ssda903CodeLists.LegalStatus, e.LegalStatus)}; placement {Meaning(Ssda903CodeLists.PlacementType, e.PlacementType)}";
            if (newPeriod)
                events.Add(new JourneyEvent(e.Start, JourneyEventKind.CareStart, where, "ssda903", e.LegalStatus));
            else if (e.ReasonNewEpisode == "L")
                events.Add(new JourneyEvent(e.Start, JourneyEventKind.LegalStatusChange, where, "ssda903", e.LegalStatus));
            else
                events.Add(new JourneyEvent(e.Start, JourneyEventKind.PlacementChange, where, "ssda903", e.PlacementType));
            if (e.End is { } end && e.ReasonCeased is { } reason && reason != "X1")
                events.Add(new JourneyEvent(end, JourneyEventKind.CareEnd, $"reason {Meaning(Ssda903CodeLists.ReasonEpisodeCeased, reason)}", "ssda903", reason));
            previous = e;
        }
    }

    private static void Events(List<CinReferralFact> referrals, List<JourneyEvent> events)
    {
        foreach (var r in referrals)
        {
            events.Add(new JourneyEvent(r.Referral, JourneyEventKind.CinReferral, r.PrimaryNeed is null ? "primary need not given" : $"primary need {r.PrimaryNeed}", "cin", r.PrimaryNeed));
            if (r.AssessmentStart is { } a) events.Add(new JourneyEvent(a, JourneyEventKind.CinAssessment, "assessment began", "cin"));
            if (r.CinPlanStart is { } ps) events.Add(new JourneyEvent(ps, JourneyEventKind.CinPlanStart, "child in need plan", "cin"));
            if (r.CinPlanEnd is { } pe) events.Add(new JourneyEvent(pe, JourneyEventKind.CinPlanEnd, "child in need plan ended", "cin"));
            if (r.Section47Start is { } s47) events.Add(new JourneyEvent(s47, JourneyEventKind.Section47, "section 47 enquiry", "cin"));
            if (r.CpPlanStart is { } cs)
                events.Add(new JourneyEvent(cs, JourneyEventKind.CpPlanStart, $"initial category of abuse {AbuseCategory.Words(r.InitialCategoryOfAbuse)}", "cin", r.InitialCategoryOfAbuse));
            if (r.CpPlanEnd is { } ce) events.Add(new JourneyEvent(ce, JourneyEventKind.CpPlanEnd, "child protection plan ended", "cin"));
            if (r.Closed is { } closed) events.Add(new JourneyEvent(closed, JourneyEventKind.CinClosed, "case closed", "cin"));
        }
    }

    private static void Events(List<EhcRequestFact> requests, List<SenNeedFact> needs, List<JourneyEvent> events)
    {
        foreach (var r in requests)
        {
            events.Add(new JourneyEvent(r.Received, JourneyEventKind.EhcRequest, "request for an EHC needs assessment received", "sen2"));
            if (r.AssessmentOutcomeDate is { } o)
                events.Add(new JourneyEvent(o, JourneyEventKind.EhcAssessment, r.AssessmentOutcome switch
                {
                    "H" => "decided to issue a plan",
                    "N" => "decided not to issue a plan",
                    null => "outcome not given",
                    var x => $"outcome {x}",
                }, "sen2", r.AssessmentOutcome));
            if (r.PlanStart is { } p)
            {
                var year = p.Month > 3 ? p.Year + 1 : p.Year;
                var types = needs.Where(n => n.Year >= year).GroupBy(n => n.Year).OrderBy(g => g.Key).FirstOrDefault()?.OrderBy(n => n.Rank).Select(n => n.SenType).ToList() ?? [];
                events.Add(new JourneyEvent(p, JourneyEventKind.EhcPlanStart,
                    $"{(types.Count == 0 ? "needs not given" : "needs " + string.Join(", ", types))}{(r.Setting is null ? "" : $"; setting {r.Setting}")}", "sen2", types.FirstOrDefault()));
            }
            if (r.PlanCeased is { } c) events.Add(new JourneyEvent(c, JourneyEventKind.EhcPlanEnd, "EHC plan ceased", "sen2"));
        }
    }

    private static void Events(List<ExclusionFact> exclusions, List<AttendanceFact> attendance, List<JourneyEvent> events)
    {
        foreach (var x in exclusions)
            events.Add(new JourneyEvent(x.Start, x.Category == "PERM" ? JourneyEventKind.PermanentExclusion : JourneyEventKind.Suspension,
                $"{Meaning(SchoolCensusCodeLists.ExclusionReason, x.Reason)}{(x.Sessions is { } n ? $", {n} sessions" : "")}", "school", x.Reason));
        foreach (var a in attendance.Where(a => a.PersistentlyAbsent))
            events.Add(new JourneyEvent(a.TermStart, JourneyEventKind.PersistentAbsence,
                $"{a.Term} {a.AcademicYear}: {a.Authorised + a.Unauthorised} of {a.Possible} sessions missed ({a.Unauthorised} unauthorised)", "school"));
        foreach (var move in SchoolMoves(exclusions, attendance))
            events.Add(new JourneyEvent(move, JourneyEventKind.SchoolMove, "recorded at a different school from the previous record", "school"));
    }

    /// <summary>The dates on which the pupil is first recorded at a school other than the previous record's (records with a URN, in date order).</summary>
    public static IReadOnlyList<DateOnly> SchoolMoves(IEnumerable<ExclusionFact> exclusions, IEnumerable<AttendanceFact> attendance)
    {
        var records = exclusions.Where(x => x.Urn is not null).Select(x => (Date: x.Start, Urn: x.Urn!))
            .Concat(attendance.Where(a => a.Urn is not null).Select(a => (Date: a.TermStart, Urn: a.Urn!))).OrderBy(r => r.Date).ToList();
        var moves = new List<DateOnly>();
        for (var i = 1; i < records.Count; i++)
            if (records[i].Urn != records[i - 1].Urn) moves.Add(records[i].Date);
        return moves;
    }

    /// <summary>Distinct schools (URNs) the pupil is recorded at.</summary>
    public static int Schools(ChildJourney journey) =>
        journey.Exclusions.Select(x => x.Urn).Concat(journey.Attendance.Select(a => a.Urn)).OfType<string>().Distinct().Count();
}
