using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT07 (data integrity): a child in the PrevPerm table has no row in the Header table.</summary>
public sealed class RuleINT07() : ChildNotInHeaderRule<PreviousPermanenceRow>("INT07", "PrevPerm", static child => child.PreviousPermanence);
