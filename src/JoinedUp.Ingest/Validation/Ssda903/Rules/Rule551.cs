using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 551: a child placed for adoption (an episode with PLACE A3 to A6) needs the date of the decision that they should
/// be placed for adoption (a PlacedAdoption row with DATE_PLACED). Each such episode is reported. Checked only when the
/// submission includes the PlacedAdoption table (an XML return always does).
/// </summary>
public sealed class Rule551() : Ssda903Rule("551", "The child was placed for adoption (PLACE A3 to A6) but there is no date of the decision that they should be placed for adoption (DATE_PLACED).", "Episodes",
    "DATE_PLACED", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || !child.Return.Supplied(Ssda903Tables.PlacedForAdoption) || HasDecisionDate(child.PlacedForAdoption)) return;
        for (var i = 0; i < episodes.Count; i++)
            if (AdoptionPlacementTypes.IsPlacedForAdoption(episodes[i].Place))
                findings.Add(episodes[i], "PLACE");
    }

    internal static bool HasDecisionDate(RowList<PlacedForAdoptionRow> decisions)
    {
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlacedText is not null) return true;
        return false;
    }
}
