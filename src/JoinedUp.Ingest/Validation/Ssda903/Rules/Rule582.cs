using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 582 (a query): a child who left care by adoption (REC E11 or E12) is usually matched with the adopters (AD1
/// DATE_MATCH) before the date of adoption (DEC): the same date is queried. The adoption episode is reported.
/// </summary>
public sealed class Rule582() : Ssda903Rule("582", "The date of adoption (DEC) is the same as the date the child was matched with the adopters (DATE_MATCH); matching usually comes earlier: please check.", "Episodes", "DEC", "DATE_MATCH")
{
    public override bool IsQuery => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].Dec is not { } adopted || !AdoptionEndings.IsAdopted(episodes[i].Rec)) continue;
            for (var a = 0; a < adoptions.Count; a++)
                if (adoptions[a].DateMatch == adopted)
                {
                    findings.Add(episodes[i], "DEC", $"The child was adopted on {adopted:dd/MM/yyyy}, the same day they were matched with the adopters (AD1 row {adoptions[a].Number}); matching usually comes earlier: please check.");
                    break;
                }
        }
    }
}
