using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT11 (data integrity): the DOB in the AD1 table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT11() : DobDiffersFromHeaderRule("INT11", "AD1", static child => child.Ad1, static row => ((Ad1Row)row).Dob);
