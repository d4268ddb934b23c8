using JoinedUp.Domain.Children;

namespace JoinedUp.Forecast.History;

/// <summary>
/// Children's time in care across the returns of one or more LAs, with the inconsistencies between
/// returns resolved (see README.md, "Care history"):
/// <list type="number">
/// <item>The same episode (LA, child, start date) in several returns: the latest return's version wins;
/// within one return, the later row wins.</item>
/// <item>Episodes that end on or before the day they start cover no day and are dropped.</item>
/// <item>An episode left open in a return but missing from the same LA's later returns is taken to have
/// lasted to the end of that return's collection year: the child is in care on 31 March of collection year Y
/// and End is 1 April Y (see <see cref="EndOfCollectionYear"/>).</item>
/// <item>Overlapping episodes of one child (within or across LAs): the later-starting episode wins from its
/// start, and the earlier one is cut short that day; of two starting the same day, the one from the later
/// return (then the lower LA code) is kept.</item>
/// </list>
/// A child is in care on a day when a spell has Start &lt;= day &lt; End (End null: still open).
/// </summary>
public sealed class CareHistory
{
    private CareHistory(IReadOnlyList<ChildInCare> children, DateOnly? firstDate, DateOnly? latestDate)
    {
        Children = children;
        FirstDate = firstDate;
        LatestDate = latestDate;
        LocalAuthorities = children.SelectMany(c => c.Spells).Select(s => s.LaCode).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ChildInCare> Children { get; }

    /// <summary>The earliest episode start, or null if there are no episodes.</summary>
    public DateOnly? FirstDate { get; }

    /// <summary>The latest date any episode mentions (start or end): how far the data reaches.</summary>
    public DateOnly? LatestDate { get; }

    public IReadOnlyList<string> LocalAuthorities { get; }

    /// <summary>The history of episodes in any order (they are held in memory; see <see cref="BuildByChild"/> for the store's stream).</summary>
    public static CareHistory Build(IEnumerable<LoadedEpisode> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var all = episodes.ToList();
        // 3. needs each LA's latest return first.
        var latestReturnOfLa = all.GroupBy(e => e.LaCode).ToDictionary(g => g.Key, g => g.Max(e => e.ReturnYear));
        return BuildByChild(all.OrderBy(e => e.Episode.Pseudonym, StringComparer.Ordinal), latestReturnOfLa);
    }

    /// <summary>
    /// The history of episodes that come child by child (every episode of one pseudonym together, in any order within
    /// it), as the store streams them: only one child's episodes are held at a time, so memory grows with the spells
    /// kept, not with the rows read. <paramref name="latestReturnOfLa"/> is each LA's latest return year that has episodes.
    /// </summary>
    public static CareHistory BuildByChild(IEnumerable<LoadedEpisode> byChild, IReadOnlyDictionary<string, int> latestReturnOfLa)
    {
        ArgumentNullException.ThrowIfNull(byChild);
        DateOnly? first = null;
        DateOnly? latest = null;
        var children = new List<ChildInCare>();
        var group = new List<LoadedEpisode>();
        foreach (var loaded in byChild)
        {
            var e = loaded.Episode;
            if (first is null || e.Start < first) first = e.Start;
            var reach = Max(e.Start, e.End);
            if (latest is null || reach > latest) latest = reach;
            if (group.Count > 0 && !string.Equals(group[0].Episode.Pseudonym, e.Pseudonym, StringComparison.Ordinal))
            {
                AddChild(group, latestReturnOfLa, children);
                group.Clear();
            }
            group.Add(loaded);
        }
        if (group.Count > 0) AddChild(group, latestReturnOfLa, children);
        children.Sort((a, b) => string.CompareOrdinal(a.Pseudonym, b.Pseudonym));
        return new CareHistory(children, first, latest);
    }

    /// <summary>One child's spells from all their episodes (rules 1-4 of the class comment).</summary>
    private static void AddChild(List<LoadedEpisode> episodes, IReadOnlyDictionary<string, int> latestReturnOfLa, List<ChildInCare> children)
    {
        // 1. The latest return's version of each episode (LA and start), then the later row.
        var current = episodes
            .GroupBy(e => (e.LaCode, e.Episode.Start))
            .Select(g => g.OrderByDescending(e => e.ReturnYear).ThenByDescending(e => e.Episode.RowNumber).First());
        var spells = new List<(CareSpell Spell, int ReturnYear)>();
        (DateOnly Birth, int ReturnYear)? birth = null;
        foreach (var loaded in current)
        {
            var e = loaded.Episode;
            var end = e.End;
            // 3. An open episode the LA's later returns no longer hold.
            if (end is null && loaded.ReturnYear < latestReturnOfLa[loaded.LaCode])
                end = EndOfCollectionYear(loaded.ReturnYear);
            if (end is { } ended && ended <= e.Start) continue; // 2. covers no day
            spells.Add((new CareSpell(loaded.LaCode, e.Start, end, e.PlacementType, e.PlacementProvider), loaded.ReturnYear));
            if (loaded.BirthMonth is { } month && (birth is null || birth.Value.ReturnYear < loaded.ReturnYear))
                birth = (month, loaded.ReturnYear);
        }
        var resolved = ResolveOverlaps(spells);
        if (resolved.Count > 0) children.Add(new ChildInCare(episodes[0].Episode.Pseudonym, birth?.Birth, resolved));
    }

    // 4. Later start wins; the earlier spell is cut short the day the later one starts.
    private static List<CareSpell> ResolveOverlaps(List<(CareSpell Spell, int ReturnYear)> list)
    {
        var ordered = list
            .OrderBy(s => s.Spell.Start)
            .ThenByDescending(s => s.ReturnYear)
            .ThenBy(s => s.Spell.LaCode, StringComparer.Ordinal)
            .Select(s => s.Spell)
            .ToList();
        var kept = new List<CareSpell>(ordered.Count);
        foreach (var spell in ordered)
        {
            if (kept.Count > 0)
            {
                var previous = kept[^1];
                if (previous.Start == spell.Start) continue;
                if (previous.End is null || previous.End > spell.Start)
                    kept[^1] = previous with { End = spell.Start };
            }
            kept.Add(spell);
        }
        return kept;
    }

    /// <summary>
    /// The End (first day out of care) given to an episode that return <paramref name="returnYear"/> shows open and
    /// the same LA's later returns do not hold: 1 April of that year. Collection year Y runs 1 April Y - 1 to
    /// 31 March Y, and the return shows the child in care on its last day, so the child is counted on 31 March Y and
    /// leaves on 1 April Y. Not earlier (the last date the return happens to mention says nothing about when the
    /// episode ended), and not later (no return shows the child in care after that day).
    /// </summary>
    public static DateOnly EndOfCollectionYear(int returnYear) => new(returnYear, 4, 1);

    private static DateOnly Max(DateOnly start, DateOnly? end) => end is { } e && e > start ? e : start;

    /// <summary>Children in care on <paramref name="date"/>: those with a spell where Start &lt;= date &lt; End.</summary>
    public int CountInCare(DateOnly date)
    {
        var count = 0;
        foreach (var child in Children)
            if (child.SpellOn(date) is not null) count++;
        return count;
    }

    /// <summary>The history seen by one LA: only the spells in its returns.</summary>
    public CareHistory ForLocalAuthority(string laCode) => ForLocalAuthorities([laCode]);

    /// <summary>The history seen by a group of LAs (a region or footprint): only the spells in their returns.</summary>
    public CareHistory ForLocalAuthorities(IEnumerable<string> laCodes)
    {
        var wanted = laCodes.ToHashSet(StringComparer.Ordinal);
        var children = new List<ChildInCare>();
        foreach (var child in Children)
        {
            var spells = child.Spells.Where(s => wanted.Contains(s.LaCode)).ToList();
            if (spells.Count == 0) continue;
            children.Add(spells.Count == child.Spells.Count ? child : new ChildInCare(child.Pseudonym, child.BirthMonth, spells));
        }
        return new CareHistory(children, FirstDate, LatestDate);
    }
}
