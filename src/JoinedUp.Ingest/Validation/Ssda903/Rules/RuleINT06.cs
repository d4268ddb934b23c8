namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT06 (data integrity): a child in the OC3 table has no row in the Header table.</summary>
public sealed class RuleINT06() : ChildNotInHeaderRule("INT06", "OC3", static child => child.Oc3);
