namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 365: a single short break recorded as an episode (legal status V3) lasts at most 17 days. An episode still open
/// counts to the last day of the collection year; an end date that is not a date is rule 147's concern.
/// </summary>
public sealed class Rule365() : Ssda903Rule("365", "A single short break (legal status V3) cannot last more than 17 days.", "Episodes", "LS", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls != "V3" || episode.Decom is not { } start || (episode.DecText is not null && episode.Dec is null)) continue;
            var end = episode.Dec ?? child.Return.CollectionEnd;
            if (end > start.AddDays(17))
                findings.Add(episode, "DEC", $"The short break began on {start:dd/MM/yyyy} and lasted {end.DayNumber - start.DayNumber} days{(episode.Dec is null ? " to the end of the collection year (still open)" : "")}; a single break may last at most 17 days.");
        }
    }
}
