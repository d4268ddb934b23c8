namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 390: an episode ending in adoption (REC E11 or E12) must be a placement for adoption (PLACE A3 to A6).</summary>
public sealed class Rule390() : Ssda903Rule("390", "The episode ended in adoption (E11 or E12) but the child was not placed for adoption (placement A3 to A6).", "Episodes", "REC", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rec is "E11" or "E12" && episode.Place is not ("A3" or "A4" or "A5" or "A6"))
                findings.Add(episode, "REC", $"The episode ended in adoption ({episode.Rec}) but its placement is {episode.Place ?? "blank"}, not a placement for adoption (A3 to A6).");
        }
    }
}
