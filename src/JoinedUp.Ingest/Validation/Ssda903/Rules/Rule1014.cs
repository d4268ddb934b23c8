namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1014: UASC information is not given for a care leaver, that is a young person with care leaver information who
/// was not looked after during the year (no episode overlapping 1 April to 31 March). Reported on the UASC row.
/// </summary>
public sealed class Rule1014() : Ssda903Rule("1014", "UASC information is not required for a care leaver who was not looked after during the year.", "UASC", "DUC", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var uasc = child.Uasc;
        if (uasc.Count == 0 || child.Oc3.Count == 0) return;
        var careLeaver = false;
        for (var i = 0; i < child.Oc3.Count; i++) careLeaver |= CareLeaverRows.AnyGiven(child.Oc3[i]);
        if (!careLeaver) return;
        var episodes = child.Episodes;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Decom: { } began } episode && began <= end && (episode.Dec is not { } ended || ended >= start))
                return;
        for (var i = 0; i < uasc.Count; i++)
            findings.Add(uasc[i], "DUC");
    }
}
