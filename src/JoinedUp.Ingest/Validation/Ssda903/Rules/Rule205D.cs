using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 205D: a child who is UASC this year was in last year's return but not as UASC. A child is taken as UASC in a return
/// when it has a UASC row for them (JoinedUp does not read the XML Header's UASC flag); the check is made only when last
/// year's return included the UASC table (from the store: held at least one UASC row), since otherwise it cannot say
/// who was UASC.
/// </summary>
public sealed class Rule205D() : Ssda903Rule("205D", "The child is UASC this year but was not recorded as UASC in last year's return.", "UASC", "CHILD", "UASC")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Uasc.Count == 0 || child.Previous is not { Header: not null, Uasc.Count: 0 }) return;
        var previous = child.Return.Previous!;
        if (!previous.Return.Supplied(Ssda903Tables.Uasc)) return;
        findings.Add(child.Uasc[0], "CHILD", $"The child is UASC this year but was not recorded as UASC in {previous.Source}.");
    }
}
