using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT12 (data integrity): the DOB in the PlacedAdoption table differs from the child's DOB in the Header table.</summary>
public sealed class RuleINT12() : DobDiffersFromHeaderRule("INT12", "PlacedAdoption", static child => child.PlacedForAdoption, static row => ((PlacedForAdoptionRow)row).Dob);
