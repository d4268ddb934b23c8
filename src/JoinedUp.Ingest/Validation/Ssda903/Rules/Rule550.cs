namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 550: a parent or person with parental responsibility (PR0) can provide only a placement with a parent (P1).</summary>
public sealed class Rule550() : Ssda903Rule("550", "The provider is a parent or person with parental responsibility (PR0), which fits only a placement with a parent (P1).", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider == "PR0" && episode.Place != "P1")
                findings.Add(episode, "PLACE_PROVIDER", $"Placement {episode.Place ?? "blank"} is not with a parent (P1), so its provider cannot be the parent (PR0).");
        }
    }
}
