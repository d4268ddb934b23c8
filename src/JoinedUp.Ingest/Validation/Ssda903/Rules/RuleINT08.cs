using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT08 (data integrity): a child in the Reviews table has no row in the Header table.</summary>
public sealed class RuleINT08() : ChildNotInHeaderRule<ReviewRow>("INT08", "Reviews", static child => child.Reviews);
