using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT02 (data integrity): a child in the PlacedAdoption table has no row in the Header table.</summary>
public sealed class RuleINT02() : ChildNotInHeaderRule<PlacedForAdoptionRow>("INT02", "PlacedAdoption", static child => child.PlacedForAdoption);
