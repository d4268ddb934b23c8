namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 625: the date of birth of the mother's first child (MC_DOB), when given, cannot be after the end of the
/// collection year nor after the child ceased to be looked after (the DEC of the latest episode by DECOM). The Python
/// validator LAs use compares with the latest DEC even when a later episode is still open; JoinedUp does not, since
/// the child is then still looked after.
/// </summary>
public sealed class Rule625() : Ssda903Rule("625", "The mother's child's date of birth is after the end of the year or after the child ceased to be looked after.", "Header", "MC_DOB", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { McDob: { } born } header) return;
        var yearEnd = child.Return.CollectionEnd;
        if (born > yearEnd)
        {
            findings.Add(header, "MC_DOB", $"The mother's child's date of birth ({born:dd/MM/yyyy}) is after the end of the collection year ({yearEnd:dd/MM/yyyy}).");
            return;
        }
        var episodes = child.EpisodesInOrder;
        var last = episodes.Count - 1;
        while (last >= 0 && episodes[last].Decom is null) last--;
        if (last >= 0 && episodes[last].Dec is { } ceased && born > ceased)
            findings.Add(header, "MC_DOB", $"The mother's child's date of birth ({born:dd/MM/yyyy}) is after the child ceased to be looked after ({ceased:dd/MM/yyyy}).");
    }
}
