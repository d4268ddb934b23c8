using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT05 (data integrity): a child in the OC2 table has no row in the Header table.</summary>
public sealed class RuleINT05() : ChildNotInHeaderRule<Oc2Row>("INT05", "OC2", static child => child.Oc2);
