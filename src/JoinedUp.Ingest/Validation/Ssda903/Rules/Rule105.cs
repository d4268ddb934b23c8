namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 105: the child's UASC status (the Header's UASC, 0 or 1) must be given and valid. The field exists only in the XML
/// form of the return (the CSV form has no such column), and JoinedUp's Header table does not keep it: the rule is listed
/// with that reason rather than run.
/// </summary>
public sealed class Rule105() : Ssda903Rule("105", "The child's UASC status (UASC) is blank or not 0 or 1.", "Header", "UASC")
{
    public override string? NeedsData =>
        "needs the Header's UASC status (XML <UASC>, 0 or 1), which JoinedUp's Header table does not read; CSV returns have no such field";
}
