namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 367: short breaks recorded as episodes (legal status V3) add up to at most 75 days in a year. The days of each V3
/// episode within the collection year (an open one to its last day) are summed; when the total passes 75, every V3 episode
/// that counted is reported. Episodes without a valid DECOM, or with an end date that is not a date, are not counted.
/// </summary>
public sealed class Rule367() : Ssda903Rule("367", "Short breaks (legal status V3) cannot add up to more than 75 days in the year.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var total = 0;
        for (var i = 0; i < episodes.Count; i++) total += DaysInYear(child.Return, episodes[i]);
        if (total <= 75) return;
        var message = $"The child's short breaks (V3) add up to {total} days in the collection year; at most 75 are allowed.";
        for (var i = 0; i < episodes.Count; i++)
            if (DaysInYear(child.Return, episodes[i]) > 0) findings.Add(episodes[i], "DEC", message);
    }

    private static int DaysInYear(Ssda903Return submission, Rows.EpisodeRow episode)
    {
        if (episode.Ls != "V3" || episode.Decom is not { } start || (episode.DecText is not null && episode.Dec is null)) return 0;
        var end = episode.Dec is { } dec && dec <= submission.CollectionEnd ? dec : submission.CollectionEnd;
        if (start < submission.CollectionStart) start = submission.CollectionStart;
        return Math.Max(0, end.DayNumber - start.DayNumber);
    }
}
