namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 529: other public provision (PR3) cannot provide a placement with a parent (P1), for adoption (A3 to A6), in a secure or regulated children's home (K1, K2) or in foster care (U1 to U6).</summary>
public sealed class Rule529() : Ssda903Rule("529", "Placements with a parent (P1), for adoption (A3 to A6), in a secure or regulated children's home (K1, K2) or in foster care (U1 to U6) cannot be other public provision (PR3).", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider == "PR3" && episode.Place is ("P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6"))
                findings.Add(episode, "PLACE_PROVIDER", $"Placement {episode.Place ?? "blank"} cannot be provided by another public body (PR3).");
        }
    }
}
