namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 516: a special guardianship order to the former foster carer (REC E45 or E46) needs a foster placement (PLACE U1 to U6) in that episode.</summary>
public sealed class Rule516() : Ssda903Rule("516", "The episode ended with a special guardianship order to the former foster carer (E45 or E46), but the child was not in foster care (U1 to U6).", "Episodes", "REC", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rec is "E45" or "E46" && episode.Place is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6"))
                findings.Add(episode, "PLACE", $"The episode ended with a special guardianship order to the former foster carer ({episode.Rec}), but the placement is {episode.Place ?? "blank"}, not foster care (U1 to U6).");
        }
    }
}
