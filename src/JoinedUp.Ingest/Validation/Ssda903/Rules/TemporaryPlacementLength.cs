namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The DfE's temporary placement length rules (375, 376, 379): an episode in the given temporary placement must end (DEC)
/// no more than the given number of days after it began (DECOM). An episode still open, or without valid dates, is not
/// judged.
/// </summary>
public abstract class TemporaryPlacementLength(string code, string message, string place, int days) : Ssda903Rule(code, message, "Episodes", "DECOM", "DEC", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is not { Decom: { } start, Dec: { } end } || !string.Equals(episode.Place, place, StringComparison.Ordinal)) continue;
            if (end > start.AddDays(days))
                findings.Add(episode, "DEC", $"The temporary placement {place} lasted from {start:dd/MM/yyyy} to {end:dd/MM/yyyy}, {end.DayNumber - start.DayNumber} days; it may last at most {days} days.");
        }
    }
}
