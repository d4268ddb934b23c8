using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 388: X1 ("episode ended, a new one begins the same day") and continuation must agree. An episode ending with X1
/// must be followed by an episode starting on its end date; an episode followed by one starting on its end date must end
/// with X1; and the child's last episode cannot end with X1. Episodes are taken in start-date order.
/// </summary>
public sealed class Rule388() : Ssda903Rule("388", "The reason the episode ended says a new episode began the same day (X1), but no episode continues from it; or one does and the reason is not X1.", "Episodes", "REC", "DEC", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        var last = episodes.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            var episode = episodes[i];
            if (episode.Dec is not { } end) continue;
            if (i == last)
            {
                if (episode.Rec == "X1")
                    findings.Add(episode, "REC", $"The child's last episode ended on {end:dd/MM/yyyy} with X1 (a new episode begins the same day), but no episode follows it.");
                continue;
            }
            if (episodes[i + 1].Decom is not { } next) continue;
            if (episode.Rec == "X1")
            {
                if (next != end)
                    findings.Add(episode, "REC", $"The episode ended on {end:dd/MM/yyyy} with X1 (a new episode begins the same day), but the next episode began on {next:dd/MM/yyyy}.");
            }
            else if (episode.Rec is { } reason && next == end)
                findings.Add(episode, "REC", $"The next episode began on the day this one ended ({end:dd/MM/yyyy}), so the child stayed looked after: the reason it ended should be X1, not {reason}.");
        }
    }
}
