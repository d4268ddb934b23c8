namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT05 (data integrity): a child in the OC2 table has no row in the Header table.</summary>
public sealed class RuleINT05() : ChildNotInHeaderRule("INT05", "OC2", static child => child.Oc2);
