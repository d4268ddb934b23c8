using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT15 (data integrity): the DOB in the OC3 table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT15() : DobDiffersFromHeaderRule("INT15", "OC3", static child => child.Oc3, static row => ((Oc3Row)row).Dob);
