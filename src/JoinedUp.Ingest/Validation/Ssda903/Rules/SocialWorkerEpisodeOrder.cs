using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The order of a child's social worker episodes as the SW rules read it: by start (SW_DECOM), then end (SW_DEC, an
/// open episode after an ended one), then row. Episodes without a valid start have no place in the order (rules
/// SW04STG1 and SW01a/bSTG1 report them). Plain loops: a child has few social worker episodes.
/// </summary>
internal static class SocialWorkerEpisodeOrder
{
    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>; both must have a valid SW_DECOM.</summary>
    public static int Compare(SocialWorkerEpisodeRow a, SocialWorkerEpisodeRow b)
    {
        var byStart = a.SwDecom!.Value.CompareTo(b.SwDecom!.Value);
        if (byStart != 0) return byStart;
        var byEnd = (a.SwDec ?? DateOnly.MaxValue).CompareTo(b.SwDec ?? DateOnly.MaxValue);
        return byEnd != 0 ? byEnd : a.Number.CompareTo(b.Number);
    }

    /// <summary>The child's first episode (null when none has a valid start).</summary>
    public static SocialWorkerEpisodeRow? First(RowList<SocialWorkerEpisodeRow> episodes)
    {
        SocialWorkerEpisodeRow? first = null;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].SwDecom is not null && (first is null || Compare(episodes[i], first) < 0))
                first = episodes[i];
        return first;
    }

    /// <summary>The child's last episode (null when none has a valid start).</summary>
    public static SocialWorkerEpisodeRow? Last(RowList<SocialWorkerEpisodeRow> episodes)
    {
        SocialWorkerEpisodeRow? last = null;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].SwDecom is not null && (last is null || Compare(episodes[i], last) > 0))
                last = episodes[i];
        return last;
    }

    /// <summary>The episode just before <paramref name="episode"/> (which must have a valid start), or null when it is the first.</summary>
    public static SocialWorkerEpisodeRow? Before(RowList<SocialWorkerEpisodeRow> episodes, SocialWorkerEpisodeRow episode)
    {
        SocialWorkerEpisodeRow? before = null;
        for (var i = 0; i < episodes.Count; i++)
        {
            var other = episodes[i];
            if (other.SwDecom is null || ReferenceEquals(other, episode) || Compare(other, episode) >= 0) continue;
            if (before is null || Compare(other, before) > 0) before = other;
        }
        return before;
    }

    /// <summary>The episode just after <paramref name="episode"/> (which must have a valid start), or null when it is the last.</summary>
    public static SocialWorkerEpisodeRow? After(RowList<SocialWorkerEpisodeRow> episodes, SocialWorkerEpisodeRow episode)
    {
        SocialWorkerEpisodeRow? after = null;
        for (var i = 0; i < episodes.Count; i++)
        {
            var other = episodes[i];
            if (other.SwDecom is null || ReferenceEquals(other, episode) || Compare(other, episode) <= 0) continue;
            if (after is null || Compare(other, after) < 0) after = other;
        }
        return after;
    }

    /// <summary>True when the child is looked after on 31 March: an episode still open (no DEC) that is not a short break (V3/V4).</summary>
    public static bool LookedAfterAtYearEnd(ChildReturn child)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Dec: null, DecText: null } open && open.Ls is not ("V3" or "V4"))
                return true;
        return false;
    }

    /// <summary>The first still-open episode that is not a short break (for reporting), or null.</summary>
    public static EpisodeRow? OpenEpisode(ChildReturn child)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Dec: null, DecText: null } open && open.Ls is not ("V3" or "V4"))
                return open;
        return null;
    }
}
