namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 528: another LA's provision (PR2) cannot provide a placement with a parent (P1), an NHS or medical establishment (R2) or a young offender institution or prison (R5).</summary>
public sealed class Rule528() : Ssda903Rule("528", "A placement with a parent (P1), in an NHS or medical establishment (R2) or in a young offender institution or prison (R5) cannot be another LA's provision (PR2).", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider == "PR2" && episode.Place is ("P1" or "R2" or "R5"))
                findings.Add(episode, "PLACE_PROVIDER", $"Placement {episode.Place ?? "blank"} cannot be provided by another LA (PR2).");
        }
    }
}
