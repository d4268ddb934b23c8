using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 602: adoption details (any of the six AD1 items) are given only for a child whose episodes show them adopted during
/// the collection year (an episode with REC E11 or E12 whose DEC falls in the year). The AD1 row is reported.
/// </summary>
public sealed class Rule602() : Ssda903Rule("602", "Adoption details (AD1) are given, but the child's episodes do not show them adopted during the year.", "AD1", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0 || AdoptedThisYear(child)) return;
        for (var a = 0; a < adoptions.Count; a++)
            if (AnyGiven(adoptions[a]))
                findings.Add(adoptions[a], "CHILD");
    }

    private static bool AdoptedThisYear(ChildReturn child)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Dec is { } ended && ended >= child.Return.CollectionStart && ended <= child.Return.CollectionEnd && AdoptionEndings.IsAdopted(episodes[i].Rec))
                return true;
        return false;
    }

    private static bool AnyGiven(Ad1Row row) =>
        row.DateIntText is not null || row.DateMatchText is not null || row.FosterCare is not null ||
        row.NbAdoptr is not null || row.SexAdoptr is not null || row.LsAdoptr is not null;
}
