namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 378: a child placed with their parents (PLACE P1) cannot be looked after under a single period of section 20 accommodation (LS V2).</summary>
public sealed class Rule378() : Ssda903Rule("378", "A child placed with parents (P1) cannot be looked after under a single period of section 20 accommodation (V2).", "Episodes", "PLACE", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Place == "P1" && episode.Ls == "V2")
                findings.Add(episode, "PLACE");
    }
}
