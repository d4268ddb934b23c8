using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT13 (data integrity): the DOB in the Missing table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT13() : DobDiffersFromHeaderRule("INT13", "Missing", static child => child.Missing, static row => ((MissingRow)row).Dob);
