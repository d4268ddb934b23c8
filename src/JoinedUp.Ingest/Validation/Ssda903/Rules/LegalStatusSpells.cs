namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// Unbroken spells under one legal status: the child's episodes in the DfE's order (by DECOM) that all have the status,
/// each beginning on or before the day the spell so far ends. An episode still open ends, for this purpose, on the last day
/// of the collection year. Used by the rules limiting how long a short-lived order may last (361 to 364).
/// </summary>
internal static class LegalStatusSpells
{
    /// <summary>Reports every episode of each spell under <paramref name="legalStatus"/> lasting more than <paramref name="maxDays"/> days (end minus start).</summary>
    public static void ReportLongerThan(ChildReturn child, RuleFindings findings, string legalStatus, int maxDays, string order)
    {
        if (!Any(child.Episodes, legalStatus)) return;
        var episodes = child.EpisodesInOrder;
        var first = -1;
        DateOnly spellStart = default, spellEnd = default;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls != legalStatus || episode.Decom is not { } begin || (episode.DecText is not null && episode.Dec is null))
            {
                Close(findings, episodes, ref first, i, spellStart, spellEnd, maxDays, legalStatus, order);
                continue;
            }
            var end = episode.Dec ?? child.Return.CollectionEnd;
            if (first >= 0 && begin <= spellEnd)
            {
                if (end > spellEnd) spellEnd = end;
                continue;
            }
            Close(findings, episodes, ref first, i, spellStart, spellEnd, maxDays, legalStatus, order);
            first = i;
            spellStart = begin;
            spellEnd = end;
        }
        Close(findings, episodes, ref first, episodes.Count, spellStart, spellEnd, maxDays, legalStatus, order);
    }

    private static bool Any(RowList<Rows.EpisodeRow> episodes, string legalStatus)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Ls == legalStatus) return true;
        return false;
    }

    private static void Close(RuleFindings findings, RowList<Rows.EpisodeRow> episodes, ref int first, int next,
        DateOnly spellStart, DateOnly spellEnd, int maxDays, string legalStatus, string order)
    {
        if (first < 0) return;
        var days = spellEnd.DayNumber - spellStart.DayNumber;
        if (days > maxDays)
        {
            var open = false;
            for (var j = first; j < next; j++) open |= episodes[j].Dec is null;
            var until = open ? $"the end of the collection year ({spellEnd:dd/MM/yyyy}, still open)" : spellEnd.ToString("dd/MM/yyyy");
            var message = $"The child was under {order} (legal status {legalStatus}) for {days} days, from {spellStart:dd/MM/yyyy} to {until}; it may last at most {maxDays} days.";
            for (var j = first; j < next; j++) findings.Add(episodes[j], "DEC", message);
        }
        first = -1;
    }
}
