using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 334: the LA's decision that adoption is in the child's best interests (AD1 DATE_INT) comes on or after the child
/// started to be looked after in their latest period of care (DECOM of the latest episode with RNE S). Both rows are reported.
/// </summary>
public sealed class Rule334() : Ssda903Rule("334", "The date the LA decided the child should be placed for adoption (DATE_INT) is before the child's latest period of care began.", "AD1", "DATE_INT", "DECOM", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        if (adoptions.Count == 0) return;
        var start = LatestStart(child.EpisodesInOrder);
        if (start is null) return;
        var began = start.Decom!.Value;
        var reported = false;
        for (var a = 0; a < adoptions.Count; a++)
        {
            if (adoptions[a].DateInt is not { } decided || decided >= began) continue;
            findings.Add(adoptions[a], "DATE_INT", $"The decision of {decided:dd/MM/yyyy} is before the child's latest period of care began on {began:dd/MM/yyyy} (episodes row {start.Number}).");
            if (!reported)
                findings.Add(start, "DECOM", $"The child's latest period of care began on {began:dd/MM/yyyy}, after the decision of {decided:dd/MM/yyyy} that adoption is in their best interests (AD1 row {adoptions[a].Number}).");
            reported = true;
        }
    }

    private static EpisodeRow? LatestStart(RowList<EpisodeRow> episodes)
    {
        for (var i = episodes.Count - 1; i >= 0; i--)
            if (episodes[i] is { Rne: "S", Decom: not null }) return episodes[i];
        return null;
    }
}
