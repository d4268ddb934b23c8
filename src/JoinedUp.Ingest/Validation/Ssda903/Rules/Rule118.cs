using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 118: the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED) cannot be before
/// the start of the collection year, nor before the start (DECOM) of the child's earliest episode this year that was not
/// a short break (LS not V3 or V4). The episode's row is reported too when its start is the date broken.
/// </summary>
public sealed class Rule118() : Ssda903Rule("118", "The decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED) is before the collection year or before the child started to be looked after.", "PlacedAdoption",
    "DATE_PLACED_CEASED", "DECOM", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        var yearStart = child.Return.CollectionStart;
        EpisodeRow? first = null;
        var looked = false;
        var episodeReported = false;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].DatePlacedCeased is not { } ceased) continue;
            if (ceased < yearStart)
            {
                findings.Add(decisions[i], "DATE_PLACED_CEASED", $"The decision that the child should no longer be placed for adoption ({ceased:dd/MM/yyyy}) is before the collection year began ({yearStart:dd/MM/yyyy}).");
                continue;
            }
            if (!looked)
            {
                first = Earliest(child.EpisodesInOrder);
                looked = true;
            }
            if (first is { Decom: { } began } && ceased < began)
            {
                findings.Add(decisions[i], "DATE_PLACED_CEASED", $"The decision that the child should no longer be placed for adoption ({ceased:dd/MM/yyyy}) is before the child's first episode this year began on {began:dd/MM/yyyy} (episodes row {first.Number}).");
                if (!episodeReported)
                    findings.Add(first, "DECOM", $"The episode began on {began:dd/MM/yyyy}, after the decision that the child should no longer be placed for adoption ({ceased:dd/MM/yyyy}, PlacedAdoption row {decisions[i].Number}).");
                episodeReported = true;
            }
        }
    }

    private static EpisodeRow? Earliest(RowList<EpisodeRow> episodes)
    {
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Decom is not null && episodes[i].Ls is not ("V3" or "V4")) return episodes[i];
        return null;
    }
}
