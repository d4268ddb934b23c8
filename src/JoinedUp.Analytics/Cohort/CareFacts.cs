using Dapper;
using JoinedUp.Analytics.Placements;
using JoinedUp.Analytics.Sen2;
using JoinedUp.Disclosure;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Keys;

namespace JoinedUp.Analytics.Cohort;

/// <summary>
/// Every child looked after in every SSDA903 submission in the store, one <see cref="ChildInYear"/> per child and
/// return year, read in two streamed queries. Each year is counted from that year's own return.
/// </summary>
public sealed class CareFacts
{
    private CareFacts(IReadOnlyList<ChildInYear> children, IReadOnlySet<(string La, int Year)> returns, IReadOnlySet<string> regionPostcodeAreas,
        IReadOnlyList<SnapshotPlacement> placements, IReadOnlyList<EhcPlan> ehcPlans, IReadOnlySet<(string La, int Year)> sen2Returns)
    {
        Placements = placements;
        EhcPlans = ehcPlans;
        Sen2Returns = sen2Returns;
        Children = children;
        Returns = returns;
        RegionPostcodeAreas = regionPostcodeAreas;
        Years = returns.Select(r => r.Year).Distinct().Order().ToList();
    }

    public IReadOnlyList<ChildInYear> Children { get; }

    /// <summary>The (LA, year) pairs for which an SSDA903 return is loaded.</summary>
    public IReadOnlySet<(string La, int Year)> Returns { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Every row of every placements snapshot loaded (see <see cref="SnapshotPlacements"/>).</summary>
    public IReadOnlyList<SnapshotPlacement> Placements { get; }

    /// <summary>Children with an EHC plan in force at the end of each SEN2 return year (see <see cref="Sen2.EhcPlans"/>).</summary>
    public IReadOnlyList<EhcPlan> EhcPlans { get; }

    /// <summary>The (LA, year) pairs for which a SEN2 return is loaded.</summary>
    public IReadOnlySet<(string La, int Year)> Sen2Returns { get; }

    /// <summary>
    /// Postcode areas (the letters of a district, e.g. "SE" of "SE15") where at least 1% of the region's children
    /// have their home: the region as far as postcodes can tell it.
    /// </summary>
    public IReadOnlySet<string> RegionPostcodeAreas { get; }

    public static CareFacts Empty { get; } = new([], new HashSet<(string, int)>(), new HashSet<string>(), [], [], new HashSet<(string, int)>());

    private sealed class EpisodeRow
    {
        public long SubmissionId { get; init; }
        public string Pseudonym { get; init; } = "";
        public string StartDate { get; init; } = "";
        public string? EndDate { get; init; }
        public string? Rne { get; init; }
        public string? Cin { get; init; }
        public string? Rpc { get; init; }
        public string? Home { get; init; }
        public string? Pl { get; init; }
    }

    private sealed class ChildRow
    {
        public long SubmissionId { get; init; }
        public string Pseudonym { get; init; } = "";
        public int? Sex { get; init; }
        public string? BirthMonth { get; init; }
        public string? Ethnicity { get; init; }
    }

    /// <summary>Loads every fact from the store.</summary>
    public static CareFacts Load(RegionalStore store) => Load(store, null);

    /// <summary>
    /// Loads the facts, reusing from <paramref name="earlier"/> every SSDA903 submission it already holds (a submission's
    /// rows never change once loaded: a replacement or a confirmed hold is a new submission id) and its snapshot and SEN2
    /// facts when no such submission came or went: after one LA's upload only that submission's children are read.
    /// </summary>
    public static CareFacts Load(RegionalStore store, CareFacts? earlier)
    {
        var keys = new RecordKeys(RecordKeySecret.For(store));
        using var connection = store.OpenConnection();
        var submissions = connection.Query<(long Id, string La, long Year)>(
            $"SELECT s.id, s.la, s.year FROM submission s WHERE s.return_kind = 'ssda903' AND {SubmissionHolds.NotHeld}").ToDictionary(s => s.Id, s => (s.La, Year: (int)s.Year));
        var bySubmission = new SortedDictionary<long, ChildInYear[]>();
        foreach (var id in submissions.Keys)
            if (earlier?._bySubmission.TryGetValue(id, out var held) == true) bySubmission[id] = held;
        var fresh = submissions.Keys.Where(id => !bySubmission.ContainsKey(id)).ToList();
        if (fresh.Count > 0)
            foreach (var (id, children) in LoadChildren(connection, submissions, fresh, keys)) bySubmission[id] = children;
        var all = bySubmission.Values.SelectMany(c => c).ToList();

        var homeAreas = all.Select(c => PostcodeArea(c.HomeDistrict)).OfType<string>().GroupBy(a => a).ToList();
        var known = homeAreas.Sum(g => g.Count());
        var regionAreas = homeAreas.Where(g => g.Count() * 100 >= known).Select(g => g.Key).ToHashSet();
        var otherReturns = OtherReturnsVersion(connection);
        var sen2Returns = connection.Query<(string La, long Year)>($"SELECT s.la, s.year FROM submission s WHERE s.return_kind = 'sen2' AND {SubmissionHolds.NotHeld}")
            .Select(r => (r.La, (int)r.Year)).ToHashSet();
        var reuse = earlier is not null && earlier._otherReturns == otherReturns;
        return new CareFacts(all, submissions.Values.ToHashSet(), regionAreas,
            reuse ? earlier!.Placements : SnapshotPlacements.Load(connection, keys),
            reuse ? earlier!.EhcPlans : Sen2.EhcPlans.Load(connection, keys), sen2Returns)
        {
            _bySubmission = bySubmission,
            _otherReturns = otherReturns,
        };
    }

    private IReadOnlyDictionary<long, ChildInYear[]> _bySubmission = new Dictionary<long, ChildInYear[]>();
    private string _otherReturns = "";

    /// <summary>The placements snapshots and SEN2 returns in use, as one string: when it is the same, their facts are too.</summary>
    private static string OtherReturnsVersion(System.Data.Common.DbConnection connection) => string.Join(",", connection.Query<long>(
        $"SELECT s.id FROM submission s WHERE s.return_kind IN ('snapshot', 'sen2') AND {SubmissionHolds.NotHeld} ORDER BY s.id"));

    /// <summary>The children of the given SSDA903 submissions, a submission at a time (ids are the store's own numbers, so they are written into the query).</summary>
    private static IEnumerable<(long Id, ChildInYear[] Children)> LoadChildren(System.Data.Common.DbConnection connection,
        Dictionary<long, (string La, int Year)> submissions, List<long> ids, RecordKeys keys)
    {
        var result = new List<(long, ChildInYear[])>();
        foreach (var batch in ids.Chunk(200))
        {
            var within = string.Join(",", batch);
            var childRows = new Dictionary<(long, string), ChildRow>();
            foreach (var c in connection.Query<ChildRow>(
                         $"""
                         SELECT c.submission_id AS SubmissionId, c.pseudonym AS Pseudonym, c.sex AS Sex, c.birth_month AS BirthMonth, c.ethnicity AS Ethnicity
                         FROM child c WHERE c.submission_id IN ({within})
                         """, buffered: false))
                childRows[(c.SubmissionId, c.Pseudonym)] = c;

            var children = new List<ChildInYear>();
            var group = new List<EpisodeRow>();
            long? current = null;
            void Flush()
            {
                if (current is { } id) result.Add((id, [.. children]));
                children.Clear();
            }
            foreach (var e in connection.Query<EpisodeRow>(
                         $"""
                         SELECT e.submission_id AS SubmissionId, e.pseudonym AS Pseudonym, e.start_date AS StartDate, e.end_date AS EndDate,
                                e.reason_new_episode AS Rne, e.category_of_need AS Cin, e.reason_place_change AS Rpc,
                                e.home_district AS Home, e.placement_district AS Pl
                         FROM episode e WHERE e.submission_id IN ({within})
                         ORDER BY e.submission_id, e.pseudonym, e.start_date
                         """, buffered: false))
            {
                if (group.Count > 0 && (group[0].SubmissionId != e.SubmissionId || group[0].Pseudonym != e.Pseudonym))
                {
                    AddChild(group, submissions, childRows, children, keys);
                    group.Clear();
                }
                if (current != e.SubmissionId)
                {
                    Flush();
                    current = e.SubmissionId;
                }
                group.Add(e);
            }
            if (group.Count > 0) AddChild(group, submissions, childRows, children, keys);
            Flush();
            // A submission with no episodes has no children in the facts, and is known to have none.
            foreach (var id in batch)
                if (!result.Exists(r => r.Item1 == id)) result.Add((id, []));
        }
        return result;
    }

    /// <summary>The letters at the start of a postcode district: "SE" for "SE15", "N" for "N1".</summary>
    public static string? PostcodeArea(string? district)
    {
        if (string.IsNullOrWhiteSpace(district)) return null;
        var letters = new string(district.Trim().ToUpperInvariant().TakeWhile(char.IsAsciiLetter).ToArray());
        return letters.Length == 0 ? null : letters;
    }

    private static void AddChild(List<EpisodeRow> episodes, Dictionary<long, (string La, int Year)> submissions,
        Dictionary<(long, string), ChildRow> childRows, List<ChildInYear> children, RecordKeys keys)
    {
        if (!submissions.TryGetValue(episodes[0].SubmissionId, out var submission)) return;
        var periodStart = new DateOnly(submission.Year - 1, 4, 1);
        var periodEnd = new DateOnly(submission.Year, 3, 31);
        var inYear = episodes
            .Select(e => (Row: e, Start: DateOnly.Parse(e.StartDate), End: e.EndDate is null ? (DateOnly?)null : DateOnly.Parse(e.EndDate)))
            .Where(e => e.Start <= periodEnd && (e.End is null || e.End >= periodStart))
            .ToList();
        if (inYear.Count == 0) return;

        var atYearEnd = inYear.LastOrDefault(e => e.End is null || e.End > periodEnd);
        var latest = atYearEnd.Row ?? inYear[^1].Row;
        var moves = inYear.Where(e => e.Start >= periodStart && PlacementChanges.IsMove(e.Row.Rne)).ToList();
        childRows.TryGetValue((episodes[0].SubmissionId, episodes[0].Pseudonym), out var child);
        DateOnly? birthMonth = child?.BirthMonth is { Length: >= 7 } bm && DateOnly.TryParseExact(bm[..7] + "-01", "yyyy-MM-dd", out var parsed) ? parsed : null;

        children.Add(new ChildInYear(
            submission.La,
            submission.Year,
            AgeBand.Of(birthMonth, periodEnd),
            Sexes.Of(child?.Sex),
            EthnicGroup.Of(child?.Ethnicity),
            CategoriesOfNeed.Of(latest.Cin),
            atYearEnd.Row is not null,
            moves.Count,
            moves.Count(m => PlacementChanges.IsBreakdown(m.Row.Rpc)),
            latest.Home,
            latest.Pl,
            keys.Of(episodes[0].Pseudonym)));
    }
}
