using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT14 (data integrity): the DOB in the OC2 table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT14() : DobDiffersFromHeaderRule("INT14", "OC2", static child => child.Oc2, static row => ((Oc2Row)row).Dob);
