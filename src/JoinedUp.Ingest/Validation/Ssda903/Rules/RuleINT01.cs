using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE INT01 (data integrity): a child in the AD1 table has no row in the Header table.</summary>
public sealed class RuleINT01() : ChildNotInHeaderRule<Ad1Row>("INT01", "AD1", static child => child.Ad1);
