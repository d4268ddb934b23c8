using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT09 (data integrity): a child in the UASC table has no row in the Header table.</summary>
public sealed class RuleINT09() : ChildNotInHeaderRule<UascRow>("INT09", "UASC", static child => child.Uasc);
