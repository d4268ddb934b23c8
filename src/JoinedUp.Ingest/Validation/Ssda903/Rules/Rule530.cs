namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 530: a placement with a parent (P1) cannot be private provision (PR4).</summary>
public sealed class Rule530() : Ssda903Rule("530", "A placement with a parent (P1) cannot be private provision (PR4).", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider == "PR4" && episode.Place == "P1")
                findings.Add(episode, "PLACE_PROVIDER", $"Placement {episode.Place ?? "blank"} is with a parent, so cannot be private provision (PR4).");
        }
    }
}
