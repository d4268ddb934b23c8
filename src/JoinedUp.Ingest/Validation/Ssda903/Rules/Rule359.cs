namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 359: a child still looked after (an episode with no DEC) whose 18th birthday falls before 31 March of the
/// collection year must be accommodated under section 20(5) (LS V2) in a community home (PLACE K2).
/// </summary>
public sealed class Rule359() : Ssda903Rule("359", "The child is still looked after past their 18th birthday but is not accommodated under section 20(5) (V2) in a community home (K2).", "Episodes", "DEC", "LS", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        if (dob.AddYears(18) >= child.Return.CollectionEnd) return;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.DecText is not null || episode is { Ls: "V2", Place: "K2" }) continue;
            findings.Add(episode, "LS", $"The episode is still open after the child's 18th birthday with legal status {episode.Ls ?? "blank"} and placement {episode.Place ?? "blank"}; it must be V2 in K2.");
        }
    }
}
