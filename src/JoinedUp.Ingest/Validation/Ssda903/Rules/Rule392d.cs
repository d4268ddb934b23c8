namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 392d: the home and placement postcodes can be the same only when the child is placed with a parent or person with
/// parental responsibility (P1). Postcodes are compared without spaces and regardless of case.
/// </summary>
public sealed class Rule392d() : Ssda903Rule("392d", "The home and placement postcodes are the same, but the child is not placed with a parent (P1).", "Episodes", "HOME_POST", "PL_POST", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is { HomePost: { } home, PlPost: { } placement } && episode.Place != "P1" && PlacementDetails.SamePostcode(home, placement))
                findings.Add(episode, "PL_POST", $"The placement postcode is the child's home postcode, but the placement is {episode.Place ?? "blank"}, not with a parent (P1).");
        }
    }
}
