namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 526: every placement except a temporary one (T0 to T4) or "other" (Z1) must have a placement provider.</summary>
public sealed class Rule526() : Ssda903Rule("526", "The placement provider is missing; every placement except T0 to T4 and Z1 needs one.", "Episodes", "PLACE", "PLACE_PROVIDER")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.PlaceProvider is null && episode.Place is not ("T0" or "T1" or "T2" or "T3" or "T4" or "Z1"))
                findings.Add(episode, "PLACE_PROVIDER", $"The placement provider is missing for placement {episode.Place ?? "blank"}.");
        }
    }
}
