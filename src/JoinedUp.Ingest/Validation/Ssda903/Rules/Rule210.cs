namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 210: UPN code UN4 (the UPN was not obtained because the child has been looked after for under a week) cannot be
/// used when an episode begins on or after 24 March of the collection year's end: such a child has been looked after
/// for more than a week at 31 March. Reported on the Header's UPN and on each such episode's DECOM.
/// </summary>
public sealed class Rule210() : Ssda903Rule("210", "UPN is UN4 (looked after under a week) but the child has an episode beginning on or after 24 March.", "Header", "UPN", "DECOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Upn: "UN4" } header) return;
        var cutOff = new DateOnly(child.Return.CollectionEnd.Year, 3, 24);
        var episodes = child.Episodes;
        var reported = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].Decom is not { } start || start < cutOff) continue;
            if (!reported)
            {
                findings.Add(header, "UPN", $"UPN is UN4 but an episode begins on {start:dd/MM/yyyy}, on or after {cutOff:dd/MM/yyyy}.");
                reported = true;
            }
            findings.Add(episodes[i], "DECOM", $"The episode begins on {start:dd/MM/yyyy}, on or after {cutOff:dd/MM/yyyy}, yet the child's UPN is UN4.");
        }
    }
}
