using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 525: a child whose decision to be placed for adoption was reversed (DATE_PLACED_CEASED given) cannot be adopted
/// during the year: no AD1 item may be given. Each reversed decision and each AD1 row with an item are reported.
/// </summary>
public sealed class Rule525() : Ssda903Rule("525", "The decision that the child should be placed for adoption was reversed, so the child cannot have been adopted this year (AD1 must be blank).", "PlacedAdoption",
    "DATE_PLACED_CEASED", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        var decisions = child.PlacedForAdoption;
        if (adoptions.Count == 0 || decisions.Count == 0) return;
        Ad1Row? adopted = null;
        for (var a = 0; a < adoptions.Count && adopted is null; a++)
            if (AnyGiven(adoptions[a])) adopted = adoptions[a];
        if (adopted is null) return;
        var reversed = 0;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlacedCeasedText is null) continue;
            findings.Add(decisions[i], "DATE_PLACED_CEASED", $"This decision was reversed (DATE_PLACED_CEASED is given), but the child has adoption details (AD1 row {adopted.Number}).");
            reversed = decisions[i].Number;
        }
        if (reversed == 0) return;
        for (var a = 0; a < adoptions.Count; a++)
            if (AnyGiven(adoptions[a]))
                findings.Add(adoptions[a], "DATE_INT", $"The child has adoption details, but the decision that they should be placed for adoption was reversed (PlacedAdoption row {reversed}).");
    }

    private static bool AnyGiven(Ad1Row row) =>
        row.DateIntText is not null || row.DateMatchText is not null || row.FosterCare is not null ||
        row.NbAdoptr is not null || row.SexAdoptr is not null || row.LsAdoptr is not null;
}
