namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 205C: a child not UASC in either year has a date UASC ceased (DUC). The rule rests on the Header's UASC status,
/// which exists only in the XML form of the return and which JoinedUp's Header table does not read; JoinedUp takes a
/// child as UASC when the return has a UASC row (the only place a DUC can be), so the rule cannot fail as JoinedUp reads
/// the return. Listed, not run, with that reason.
/// </summary>
public sealed class Rule205C() : Ssda903Rule("205C", "The child was not UASC this year or last year, but a date UASC ceased (DUC) is given.", "UASC", "DUC", "UASC")
{
    public override string? NeedsData =>
        "needs the Header's UASC status (XML <UASC>, 0 or 1) in both years' returns, which JoinedUp's Header table does not read; a UASC row is what marks a child as UASC in JoinedUp";
}
