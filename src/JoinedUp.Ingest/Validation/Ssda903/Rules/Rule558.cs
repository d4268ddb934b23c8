using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 558: a child who was adopted (an episode with REC E11 or E12) and has more than one decision to place for adoption
/// cannot have their latest decision (by DATE_PLACED) ceased: it is the decision that led to the adoption, so its
/// DATE_PLACED_CEASED is blank. The adoption episode and the latest decision are reported. (A single decision that ceased
/// beside an adoption is rule 525's.)
/// </summary>
public sealed class Rule558() : Ssda903Rule("558", "The child was adopted, so the latest decision that they should be placed for adoption cannot have ceased (DATE_PLACED_CEASED must be blank).", "Episodes",
    "DATE_PLACED_CEASED", "REC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count < 2) return;
        PlacedForAdoptionRow? latest = null;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is { } d && (latest is null || d >= latest.DatePlaced!.Value)) latest = decisions[i];
        if (latest?.DatePlacedCeasedText is null) return;
        var episodes = child.Episodes;
        var reported = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (!AdoptionEndings.IsAdopted(episodes[i].Rec)) continue;
            findings.Add(episodes[i], "REC", $"The child was adopted (REC {episodes[i].Rec}) but the latest decision that they should be placed for adoption (PlacedAdoption row {latest.Number}) has ceased.");
            if (!reported)
                findings.Add(latest, "DATE_PLACED_CEASED", $"The child was adopted (episodes row {episodes[i].Number}), so this latest decision that they should be placed for adoption cannot have ceased.");
            reported = true;
        }
    }
}
