using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT16 (data integrity): the DOB in the PrevPerm table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT16() : DobDiffersFromHeaderRule("INT16", "PrevPerm", static child => child.PreviousPermanence, static row => ((PreviousPermanenceRow)row).Dob);
