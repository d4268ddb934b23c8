namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 187: a child looked after continuously for the 12 months to 31 March (the OC2 cohort) has neither adoption (AD1)
/// nor care leaver (OC3) information. Continuously looked after: an episode overlaps the year, and no episode began a
/// period of care (RNE S) after 1 April, none ended care (REC other than X1) from 1 April to 30 March, and no short
/// break (V3/V4) overlaps the year — the DfE's reading as the public validator writes it.
/// </summary>
public sealed class Rule187() : Ssda903Rule("187", "The child was looked after continuously for 12 months to 31 March, so adoption and care leaver information should not be given.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if ((child.Oc3.Count == 0 && child.Ad1.Count == 0) || !ContinuouslyLookedAfter(child)) return;
        for (var i = 0; i < child.Oc3.Count; i++)
            if (CareLeaverRows.AnyGiven(child.Oc3[i]))
                findings.Add(child.Oc3[i], CareLeaverRows.FirstGiven(child.Oc3[i]));
        for (var i = 0; i < child.Ad1.Count; i++)
            if (Rule134.FirstGiven(child.Ad1[i]) is { } field)
                findings.Add(child.Ad1[i], field);
    }

    private static bool ContinuouslyLookedAfter(ChildReturn child)
    {
        var episodes = child.Episodes;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        var during = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var overlaps = episode.Decom is { } began && began <= end && (episode.Dec is not { } ended0 || ended0 >= start);
            during |= overlaps;
            if (episode is { Rne: "S", Decom: { } entered } && entered > start && entered <= end) return false;
            if (episode.Dec is { } ended && episode.Rec != "X1" && ended >= start && ended < end) return false;
            if (overlaps && episode.Ls is "V3" or "V4") return false;
        }
        return during;
    }
}
