using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT17 (data integrity): the DOB in the Reviews table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT17() : DobDiffersFromHeaderRule("INT17", "Reviews", static child => child.Reviews, static row => ((ReviewRow)row).Dob);
