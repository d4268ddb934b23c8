namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 607: a girl (SEX 2) who ceased to be looked after during the collection year (an episode with DEC in the year and
/// REC other than X1, LS other than V3 and V4) must have MOTHER recorded. Reported once, on the Header's MOTHER.
/// </summary>
public sealed class Rule607() : Ssda903Rule("607", "The child ceased to be looked after this year but MOTHER is blank.", "Header", "MOTHER", "SEX", "DEC", "REC", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Sex: "2", Mother: null } header) return;
        var episodes = child.Episodes;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is { Dec: { } ceased, Rec: { } rec } && rec != "X1" && episode.Ls is not ("V3" or "V4") && ceased >= start && ceased <= end)
            {
                findings.Add(header, "MOTHER", $"MOTHER is blank but the child ceased to be looked after on {ceased:dd/MM/yyyy} ({rec}).");
                return;
            }
        }
    }
}
