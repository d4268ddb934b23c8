namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 303: when a date UASC status ceased (DUC) is given, the Header's UASC status must be 1. That status exists only in
/// the XML form of the return and JoinedUp's Header table does not read it; JoinedUp takes a child as UASC when the
/// return has a UASC row for them, which cannot disagree with the DUC on that row. Listed, not run, with that reason.
/// </summary>
public sealed class Rule303() : Ssda903Rule("303", "A date UASC status ceased (DUC) is given, but the child's UASC status is not 1.", "UASC", "DUC", "UASC")
{
    public override string? NeedsData =>
        "needs the Header's UASC status (XML <UASC>, 0 or 1), which JoinedUp's Header table does not read; a UASC row is what marks a child as UASC in JoinedUp";
}
