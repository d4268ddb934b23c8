namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 377: at most two temporary placements while the usual foster carer is on holiday (PLACE T3) in a 12-month period.
/// The return covers one collection year, so a child with more than two T3 episodes in it has every one reported.
/// </summary>
public sealed class Rule377() : Ssda903Rule("377", "Only two temporary placements while the foster carer is on holiday (T3) are allowed in a year.", "Episodes", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        var count = 0;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Place == "T3") count++;
        if (count <= 2) return;
        var message = $"The child has {count} temporary placements while the foster carer was on holiday (T3) in this return; at most two are allowed in a year.";
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Place == "T3") findings.Add(episodes[i], "PLACE", message);
    }
}
