namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 442: a child with an episode under a legal status other than short breaks (V3, V4) must have a UPN, or a UN code saying why not.</summary>
public sealed class Rule442() : Ssda903Rule("442", "The UPN is blank; give the UPN or a UN1 to UN5 code saying why it is not known.", "Header", "UPN", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Upn: null } header) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Ls is not ("V3" or "V4"))
            {
                findings.Add(header, "UPN");
                return;
            }
    }
}
