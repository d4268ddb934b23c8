using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1003: the LA cannot decide a child should be placed for adoption (DATE_PLACED) before the child started to be
/// looked after: the start (DECOM) of the child's first episode this year that began a period of care (RNE S). A child
/// whose period of care began in an earlier year has no such episode and is not checked. Both rows are reported.
/// </summary>
public sealed class Rule1003() : Ssda903Rule("1003", "The decision that the child should be placed for adoption (DATE_PLACED) is before the child started to be looked after.", "PlacedAdoption",
    "DATE_PLACED", "DECOM", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        var started = FirstStart(child.EpisodesInOrder);
        if (started is null) return;
        var began = started.Decom!.Value;
        var reported = false;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlaced is not { } placed || placed >= began) continue;
            findings.Add(decisions[i], "DATE_PLACED", $"The decision of {placed:dd/MM/yyyy} is before the child started to be looked after on {began:dd/MM/yyyy} (episodes row {started.Number}).");
            if (!reported)
                findings.Add(started, "DECOM", $"The child started to be looked after on {began:dd/MM/yyyy}, after the decision of {placed:dd/MM/yyyy} that they should be placed for adoption (PlacedAdoption row {decisions[i].Number}).");
            reported = true;
        }
    }

    private static EpisodeRow? FirstStart(RowList<EpisodeRow> episodes)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rne: "S", Decom: not null }) return episodes[i];
        return null;
    }
}
