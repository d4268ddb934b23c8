using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 557: a child who was placed for adoption (PLACE A3 to A6) or under a placement order (LS E1; until 2023/24 also a
/// freeing order, LS D1, which the DfE dropped from the rule for 2024/25) and who left care other than by adoption (REC
/// given, not X1, E11 or E12) needs every decision that they should be placed for adoption closed: its
/// DATE_PLACED_CEASED and REASON_PLACED_CEASED given. The episode and each decision left open are reported; a child with
/// no decision at all is reported on the episode when the submission includes the PlacedAdoption table.
/// </summary>
public sealed class Rule557() : Ssda903Rule("557", "The child left care without being adopted, but the decision that they should be placed for adoption has no date and reason it ceased.", "Episodes",
    "DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var freeingOrders = child.Return.Year <= 2024;
        var decisions = child.PlacedForAdoption;
        var decisionsReported = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (!AdoptionEndings.LeftCareNotAdopted(episode.Rec)) continue;
            if (!(AdoptionPlacementTypes.IsPlacedForAdoption(episode.Place) || episode.Ls == "E1" || (freeingOrders && episode.Ls == "D1"))) continue;
            if (decisions.Count == 0)
            {
                if (child.Return.Supplied(Ssda903Tables.PlacedForAdoption))
                    findings.Add(episode, "REC", $"The child left care (REC {episode.Rec}) without being adopted, but there is no decision that they should be placed for adoption, with the date and reason it ceased.");
                continue;
            }
            var open = Open(decisions);
            if (open is null) continue;
            findings.Add(episode, "REC", $"The child left care (REC {episode.Rec}) without being adopted, but the decision that they should be placed for adoption (PlacedAdoption row {open.Number}) has no date and reason it ceased.");
            if (decisionsReported) continue;
            decisionsReported = true;
            for (var j = 0; j < decisions.Count; j++)
                if (decisions[j].DatePlacedCeasedText is null || decisions[j].ReasonPlacedCeased is null)
                    findings.Add(decisions[j], decisions[j].DatePlacedCeasedText is null ? "DATE_PLACED_CEASED" : "REASON_PLACED_CEASED",
                        $"The child left care without being adopted (episodes row {episode.Number}), so this decision needs the date and reason it ceased.");
        }
    }

    private static PlacedForAdoptionRow? Open(RowList<PlacedForAdoptionRow> decisions)
    {
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlacedCeasedText is null || decisions[i].ReasonPlacedCeased is null) return decisions[i];
        return null;
    }
}
