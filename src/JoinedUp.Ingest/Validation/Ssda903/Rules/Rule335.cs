using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 335: whether the child was adopted by their foster carers (AD1 FOSTER_CARE) agrees with the placement that ended in
/// adoption (an episode with REC E11 or E12, or the older E1): a placement with the current foster carer (PLACE A3, A5,
/// formerly A2) cannot have FOSTER_CARE 0, and one not with the foster carer (A4, A6, formerly A1) cannot have 1. The
/// episode and the AD1 row are reported.
/// </summary>
public sealed class Rule335() : Ssda903Rule("335", "Whether the child was adopted by their foster carers (FOSTER_CARE) does not agree with the adoptive placement (PLACE).", "AD1", "PLACE", "FOSTER_CARE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (!(AdoptionEndings.IsAdopted(episode.Rec) || episode.Rec == "E1") || episode.Place is not { } place) continue;
            var withCarer = AdoptionPlacementTypes.WithCurrentFosterCarer.Contains(place);
            var notWithCarer = AdoptionPlacementTypes.NotWithCurrentFosterCarer.Contains(place);
            if (!withCarer && !notWithCarer) continue;
            for (var a = 0; a < adoptions.Count; a++)
            {
                var carer = adoptions[a].FosterCare;
                if (!(withCarer && carer == "0") && !(notWithCarer && carer == "1")) continue;
                var said = withCarer ? "with the child's foster carer" : "not with the child's foster carer";
                findings.Add(episode, "PLACE", $"The adoptive placement (PLACE {place}) is {said}, but FOSTER_CARE on AD1 row {adoptions[a].Number} is {carer}.");
                findings.Add(adoptions[a], "FOSTER_CARE", $"FOSTER_CARE is {carer}, but the adoptive placement (PLACE {place}, episodes row {episode.Number}) is {said}.");
            }
        }
    }
}
