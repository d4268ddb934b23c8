using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT18 (data integrity): the DOB in the UASC table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT18() : DobDiffersFromHeaderRule("INT18", "UASC", static child => child.Uasc, static row => ((UascRow)row).Dob);
