using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 117: the decisions that the child should, or should no longer, be placed for adoption (DATE_PLACED,
/// DATE_PLACED_CEASED) cannot be after the end of the collection year, nor after the end (DEC) of the child's latest
/// episode that did not end with a move to another placement (REC not X1). The latest episode's row is reported too when
/// its end is the date broken.
/// </summary>
public sealed class Rule117() : Ssda903Rule("117", "A decision that the child should, or should no longer, be placed for adoption is after the end of the collection year or after the child stopped being looked after.", "PlacedAdoption",
    "DATE_PLACED", "DATE_PLACED_CEASED", "DEC", "REC", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        var last = Latest(child.EpisodesInOrder);
        var yearEnd = child.Return.CollectionEnd;
        var careEnded = last?.Dec;
        var episodeReported = false;
        for (var i = 0; i < decisions.Count; i++)
        {
            Compare(decisions[i], "DATE_PLACED", decisions[i].DatePlaced, yearEnd, last, careEnded, ref episodeReported, findings);
            Compare(decisions[i], "DATE_PLACED_CEASED", decisions[i].DatePlacedCeased, yearEnd, last, careEnded, ref episodeReported, findings);
        }
    }

    private static void Compare(PlacedForAdoptionRow row, string field, DateOnly? date, DateOnly yearEnd, EpisodeRow? last, DateOnly? careEnded, ref bool episodeReported, RuleFindings findings)
    {
        if (date is not { } decided) return;
        if (decided > yearEnd)
            findings.Add(row, field, $"{field} ({decided:dd/MM/yyyy}) is after the end of the collection year ({yearEnd:dd/MM/yyyy}).");
        else if (careEnded is { } ended && decided > ended)
        {
            findings.Add(row, field, $"{field} ({decided:dd/MM/yyyy}) is after the child's latest episode ended on {ended:dd/MM/yyyy} (episodes row {last!.Number}).");
            if (episodeReported) return;
            episodeReported = true;
            findings.Add(last, "DEC", $"The child's latest episode ended on {ended:dd/MM/yyyy}, before the adoption decision's {field} ({decided:dd/MM/yyyy}, PlacedAdoption row {row.Number}).");
        }
    }

    /// <summary>The latest episode by start date whose REC is not X1 (an open episode counts).</summary>
    private static EpisodeRow? Latest(RowList<EpisodeRow> episodes)
    {
        for (var i = episodes.Count - 1; i >= 0; i--)
            if (episodes[i].Decom is not null && episodes[i].Rec != "X1") return episodes[i];
        return null;
    }
}
