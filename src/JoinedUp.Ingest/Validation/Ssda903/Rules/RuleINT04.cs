using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT04 (data integrity): a child in the Missing table has no row in the Header table.</summary>
public sealed class RuleINT04() : ChildNotInHeaderRule<MissingRow>("INT04", "Missing", static child => child.Missing);
