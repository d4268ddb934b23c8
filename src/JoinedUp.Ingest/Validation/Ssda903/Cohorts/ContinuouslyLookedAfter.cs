using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Cohorts;

/// <summary>
/// The DfE's "looked after continuously for at least 12 months at 31 March" (LOOKED_AFTER_CONTINUOUSLY = 'Y'), the
/// cohort the OC2 table (outcomes for children looked after for 12 months) is about: the child was looked after on
/// 1 April at the start of the collection year and stayed looked after, without a break, to 31 March at its end.
/// <list type="bullet">
/// <item>Episodes under an agreed series of short breaks (LS V3 or V4) do not count as being looked after: a child whose
/// care during the year was (partly) short breaks is not in the cohort.</item>
/// <item>The care must have begun on or before 1 April (an episode starting on 1 April itself still gives 12 months to
/// 31 March), and no later episode may begin a new period of care (RNE S) during the year.</item>
/// <item>No episode may end during the year with the child leaving care (REC other than X1), 31 March included: a child
/// who ceased to be looked after on 31 March is not looked after at 31 March (the DfE counts those episodes as ceased in
/// the year; the LAs' public validator keeps such a child in the cohort). One episode must follow the other without a
/// gap (the next DECOM no later than the last DEC); an X1 episode ending on 31 March needs no successor.</item>
/// <item>Episodes whose DECOM is blank or not a date cannot be placed and are left out; an episode whose DEC is not a
/// date leaves the answer unknown, taken as "not continuously looked after" (the date itself is refused by the field check).</item>
/// </list>
/// Each rule's own exceptions (ages, which fields) stay in the rule. Allocation-free: one pass over the child's
/// episodes in DECOM order.
/// </summary>
public static class ContinuouslyLookedAfter
{
    /// <summary>True when <paramref name="child"/> had been looked after continuously for at least 12 months at the end of its return's collection year.</summary>
    public static bool At31March(ChildReturn child)
    {
        var start = child.Return.CollectionStart;
        // Most children's episodes all begin after 1 April: answer them without ordering their episodes.
        var episodes = child.Episodes;
        var begunByStart = false;
        for (var i = 0; i < episodes.Count && !begunByStart; i++)
            begunByStart = episodes[i] is { Decom: { } decom, Ls: not ("V3" or "V4") } && decom <= start;
        return begunByStart && Throughout(child.EpisodesInOrder, start, child.Return.CollectionEnd);
    }

    /// <summary>
    /// True when <paramref name="episodesInOrder"/> (one child's episodes by DECOM, as <see cref="ChildReturn.EpisodesInOrder"/>)
    /// keep the child looked after, without a break, from <paramref name="start"/> (1 April) to <paramref name="end"/> (31 March).
    /// </summary>
    public static bool Throughout(RowList<EpisodeRow> episodesInOrder, DateOnly start, DateOnly end)
    {
        var begun = false;
        var lookedAfterTo = DateOnly.MinValue;
        for (var i = 0; i < episodesInOrder.Count; i++)
        {
            var episode = episodesInOrder[i];
            if (episode.Decom is not { } decom) break; // episodes without a valid DECOM sort last and cannot be placed
            if (IsShortBreak(episode.Ls)) continue;
            if (Ssda903Row.IsInvalidDate(episode.DecText, episode.Dec)) return false;
            var dec = episode.Dec;
            if (dec is { } ended && ended < start) continue; // over before the year began
            if (decom > end) break; // begins after the year: nothing more to look at

            if (!begun)
            {
                if (decom > start) return false; // not looked after on 1 April
                begun = true;
            }
            else
            {
                if (decom > lookedAfterTo) return false; // a gap between episodes
                if (decom > start && episode.Rne == "S") return false; // a new period of care began during the year
            }

            if (dec is not { } decEnd)
            {
                lookedAfterTo = DateOnly.MaxValue;
                continue;
            }
            if (episode.Rec != "X1") return false; // left care during the year
            if (decEnd > lookedAfterTo) lookedAfterTo = decEnd;
        }
        return begun && lookedAfterTo >= end;
    }

    private static bool IsShortBreak(string? legalStatus) => legalStatus is "V3" or "V4";
}
