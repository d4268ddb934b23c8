using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The child's periods of care as the missing-period rules (577, 578) read them: episodes in DECOM order (those with a
/// valid DECOM), a new period starting where an episode begins after the previous one ended; a period runs from its
/// first DECOM to the DEC of its last episode (open when that is blank). Walked without allocating.
/// </summary>
internal static class MissingCarePeriods
{
    /// <summary>
    /// The period beginning at <paramref name="from"/> in <paramref name="ordered"/> (the child's EpisodesInOrder): its
    /// start and end, and the index after it (or -1 when there is no period left).
    /// </summary>
    public static int Next(RowList<EpisodeRow> ordered, int from, out DateOnly start, out DateOnly? end)
    {
        start = default;
        end = null;
        if (from >= ordered.Count || ordered[from].Decom is not { } first) return -1;
        start = first;
        var i = from;
        while (i + 1 < ordered.Count && ordered[i + 1].Decom is { } next && !(ordered[i].Dec is { } ended && next > ended)) i++;
        end = ordered[i].Dec;
        return i + 1;
    }

    /// <summary>True when <paramref name="date"/> falls within the period (its end day included; an open period has no end).</summary>
    public static bool Contains(DateOnly start, DateOnly? end, DateOnly date) => date >= start && (end is not { } last || date <= last);
}
