namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 531: a placement with a parent (P1) cannot be voluntary or third-sector provision (PR5).</summary>
public sealed class Rule531() : Ssda903Rule("531", "A placement with a parent (P1) cannot be voluntary or third-sector provision (PR5).", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider == "PR5" && episode.Place == "P1")
                findings.Add(episode, "PLACE_PROVIDER", $"Placement {episode.Place ?? "blank"} is with a parent, so cannot be voluntary or third-sector provision (PR5).");
        }
    }
}
