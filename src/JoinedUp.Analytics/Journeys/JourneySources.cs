using System.Data.Common;
using System.Globalization;
using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// Everything a journey is built from, read from the store in one query per table (all LAs, or one): each child record
/// of each return, the links between them, and the rows of every return table and the register, by LA and pseudonym.
/// </summary>
public sealed class JourneySources
{
    public sealed record Node(string La, string Return, int Year, string Pseudonym, int? Sex, string? BirthMonth, string? Ethnicity);

    public List<Node> Nodes { get; } = [];
    public List<(string La, string A, string B)> Links { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<CareEpisodeFact>> Episodes { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<CinReferralFact>> Referrals { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<EhcRequestFact>> EhcRequests { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<SenNeedFact>> SenNeeds { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<ExclusionFact>> Exclusions { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<AttendanceFact>> Attendance { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<DsrRatingFact>> DsrRatings { get; } = [];
    public Dictionary<(string La, string Pseudonym), List<SnapshotFact>> Snapshot { get; } = [];

    /// <summary>The years for which each LA has loaded each return (ssda903, cin, sen2, snapshot, school).</summary>
    public Dictionary<(string La, string Return), SortedSet<int>> Coverage { get; } = [];

    public static JourneySources Load(RegionalStore store, string? la = null)
    {
        using var connection = store.OpenConnection();
        return Load(connection, la);
    }

    public static JourneySources Load(DbConnection connection, string? la)
    {
        var s = new JourneySources();
        var where = la is null ? "" : " AND s.la = @la";
        var args = new { la };
        foreach (var (l, kind, year) in connection.Query<(string, string, long)>($"SELECT s.la, s.return_kind, s.year FROM submission s WHERE 1 = 1{where}", args))
            Add(s.Coverage, (l, kind), (int)year);
        foreach (var r in connection.Query<(string La, string Kind, long Year, string P, long? Sex, string? Birth, string? Eth)>(
                     $"SELECT s.la, s.return_kind, s.year, c.pseudonym, c.sex, c.birth_month, c.ethnicity FROM child c JOIN submission s ON s.id = c.submission_id WHERE 1 = 1{where}", args, buffered: false))
            s.Nodes.Add(new Node(r.La, r.Kind, (int)r.Year, r.P, (int?)r.Sex, r.Birth, r.Eth));
        // Each link is stored from both ends and for every year: a child's records need joining once per pair.
        foreach (var r in connection.Query<(string, string, string)>(
                     "SELECT DISTINCT s.la, CASE WHEN s.pseudonym < s.linked_pseudonym THEN s.pseudonym ELSE s.linked_pseudonym END, "
                     + "CASE WHEN s.pseudonym < s.linked_pseudonym THEN s.linked_pseudonym ELSE s.pseudonym END "
                     + $"FROM child_link s WHERE s.pseudonym <> s.linked_pseudonym{where}", args, buffered: false))
            s.Links.Add(r);

        // Each year's return repeats the episodes, referrals and requests still open: kept once, by their start date.
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var r in connection.Query<(string La, string P, string Start, string? End, string? Rne, string? Ls, string? Cin, string? Place, string? Rec)>(
                     $"""
                      SELECT s.la, e.pseudonym, e.start_date, e.end_date, e.reason_new_episode, e.legal_status, e.category_of_need, e.placement_type, e.reason_ceased
                      FROM episode e JOIN submission s ON s.id = e.submission_id WHERE s.return_kind = 'ssda903'{where}
                      ORDER BY s.year DESC
                      """, args, buffered: false))
        {
            if (Date(r.Start) is not { } start || !seen.Add(("e", r.La, r.P, r.Start))) continue;
            Add(s.Episodes, (r.La, r.P), new CareEpisodeFact(start, Date(r.End), r.Rne, r.Ls, r.Cin, r.Place, r.Rec));
        }
        foreach (var r in connection.Query<(string La, string P, string Referral, string? Need, string? Closed, string? Assessment, string? CinStart, string? CinEnd,
                     string? S47, string? CpStart, string? CpEnd, string? Initial, string? Latest, string? Disabilities)>(
                     $"""
                      SELECT s.la, r.pseudonym, r.referral_date, r.primary_need, r.closure_date, r.assessment_start, r.cin_plan_start, r.cin_plan_end,
                             r.section47_start, r.cp_plan_start, r.cp_plan_end, r.initial_category_of_abuse, r.latest_category_of_abuse, r.disabilities
                      FROM cin_referral r JOIN submission s ON s.id = r.submission_id WHERE s.return_kind = 'cin'{where}
                      ORDER BY s.year DESC
                      """, args, buffered: false))
        {
            if (Date(r.Referral) is not { } referral || !seen.Add(("r", r.La, r.P, r.Referral))) continue;
            Add(s.Referrals, (r.La, r.P), new CinReferralFact(referral, r.Need, Date(r.Closed), Date(r.Assessment), Date(r.CinStart), Date(r.CinEnd), Date(r.S47),
                Date(r.CpStart), Date(r.CpEnd), r.Initial, r.Latest, r.Disabilities));
        }
        foreach (var r in connection.Query<(string La, string P, string Received, string? Outcome, string? OutcomeDate, string? Plan, string? Ceased, string? Setting)>(
                     $"""
                      SELECT s.la, q.pseudonym, q.received_date, q.assessment_outcome, q.assessment_outcome_date, q.plan_start, q.plan_cease_date, q.establishment_type
                      FROM sen2_request q JOIN submission s ON s.id = q.submission_id WHERE s.return_kind = 'sen2'{where}
                      ORDER BY s.year DESC
                      """, args, buffered: false))
        {
            if (Date(r.Received) is not { } received || !seen.Add(("q", r.La, r.P, r.Received))) continue;
            Add(s.EhcRequests, (r.La, r.P), new EhcRequestFact(received, r.Outcome, Date(r.OutcomeDate), Date(r.Plan), Date(r.Ceased), r.Setting));
        }
        foreach (var r in connection.Query<(string La, string P, long Year, string Type, long Rank)>(
                     $"SELECT s.la, n.pseudonym, s.year, n.sen_type, n.sen_type_rank FROM sen2_need n JOIN submission s ON s.id = n.submission_id WHERE s.return_kind = 'sen2'{where}", args, buffered: false))
            Add(s.SenNeeds, (r.La, r.P), new SenNeedFact((int)r.Year, r.Type, (int)r.Rank));
        foreach (var r in connection.Query<(string La, string P, string? Urn, string Start, string Category, string Reason, long? Sessions)>(
                     $"SELECT s.la, x.pseudonym, x.urn, x.start_date, x.category, x.reason, x.sessions FROM school_exclusion x JOIN submission s ON s.id = x.submission_id WHERE s.return_kind = 'school'{where}", args, buffered: false))
        {
            if (Date(r.Start) is not { } start || !seen.Add(("x", r.La, r.P, r.Start + r.Category))) continue;
            Add(s.Exclusions, (r.La, r.P), new ExclusionFact(start, r.Category, r.Reason, (int?)r.Sessions, r.Urn));
        }
        foreach (var r in connection.Query<(string La, string P, string? Urn, string Year, string Term, string Start, long Possible, long Authorised, long Unauthorised)>(
                     $"""
                      SELECT s.la, a.pseudonym, a.urn, a.academic_year, a.term, a.term_start, a.sessions_possible, a.sessions_authorised, a.sessions_unauthorised
                      FROM school_attendance a JOIN submission s ON s.id = a.submission_id WHERE s.return_kind = 'school'{where}
                      """, args, buffered: false))
        {
            if (Date(r.Start) is not { } start || !seen.Add(("a", r.La, r.P, r.Start + r.Urn))) continue;
            Add(s.Attendance, (r.La, r.P), new AttendanceFact(start, r.Year, r.Term, r.Urn, (int)r.Possible, (int)r.Authorised, (int)r.Unauthorised));
        }
        var dsrWhere = la is null ? "" : " WHERE d.la = @la";
        foreach (var r in connection.Query<(string La, string P, string On, string Rating)>(
                     $"""
                      SELECT d.la, d.pseudonym, c.changed_on, c.to_rating FROM dsr_rating_change c JOIN dsr_entry d ON d.id = c.entry_id{dsrWhere}
                      ORDER BY c.id
                      """, args, buffered: false))
            if (Date(r.On) is { } on) Add(s.DsrRatings, (r.La, r.P), new DsrRatingFact(on, r.Rating));
        foreach (var r in connection.Query<(string La, string P, long Year, string? Start, string Type, double Cost, string? Need)>(
                     $"SELECT s.la, p.pseudonym, s.year, p.placement_start, p.placement_type, p.weekly_cost, p.primary_need FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id WHERE s.return_kind = 'snapshot'{where}",
                     args, buffered: false))
            Add(s.Snapshot, (r.La, r.P), new SnapshotFact((int)r.Year, Date(r.Start), r.Type, r.Cost, r.Need));
        return s;
    }

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> map, TKey key, T value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static void Add<TKey>(Dictionary<TKey, SortedSet<int>> map, TKey key, int value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = [];
        set.Add(value);
    }

    /// <summary>An ISO date (yyyy-MM-dd) as the store keeps it; null for null or anything else.</summary>
    public static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
