namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 408: a child placed for adoption under a placement order (PLACE A5 or A6) must have the placement order as legal status (LS E1).</summary>
public sealed class Rule408() : Ssda903Rule("408", "The child is placed for adoption under a placement order (A5 or A6), but the legal status is not a placement order (E1).", "Episodes", "PLACE", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Place is "A5" or "A6" && episode.Ls != "E1")
                findings.Add(episode, "LS", $"The placement is {episode.Place} (placed for adoption under a placement order), but the legal status is {episode.Ls ?? "blank"}, not E1.");
        }
    }
}
