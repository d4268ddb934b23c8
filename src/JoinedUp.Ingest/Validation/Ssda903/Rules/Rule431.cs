namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 431: an episode that starts a new period of care (RNE S) must begin after the previous episode ended. Episodes are
/// taken in start-date order; when the previous episode ended on or after the day this one began, the child never left care.
/// </summary>
public sealed class Rule431() : Ssda903Rule("431", "The episode says the child started to be looked after (S), but the previous episode ended on or after the day it began.", "Episodes", "RNE", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
            if (episodes[i] is { Rne: "S", Decom: { } start } episode && episodes[i - 1].Dec is { } previousEnd && start <= previousEnd)
                findings.Add(episode, "RNE", $"The episode began on {start:dd/MM/yyyy} as a new period of care (S), but the previous episode ended on {previousEnd:dd/MM/yyyy}.");
    }
}
