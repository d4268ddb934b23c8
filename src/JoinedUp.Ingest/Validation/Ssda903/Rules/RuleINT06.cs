using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT06 (data integrity): a child in the OC3 table has no row in the Header table.</summary>
public sealed class RuleINT06() : ChildNotInHeaderRule<Oc3Row>("INT06", "OC3", static child => child.Oc3);
