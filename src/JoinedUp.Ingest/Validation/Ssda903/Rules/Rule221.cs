namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 221: when a URN is given (not XXXXXXX), the legal status is not a short break (V3, V4), the placement is a children's home,
/// secure home, family centre, residential school or supported accommodation (2023/24: H5, K1, K2, R3, S1; from 2024/25:
/// K1, K2, K3, R3, S1) and a placement postcode is given, the placement postcode must be the provider's postcode on
/// Ofsted's register, which JoinedUp does not hold.
/// </summary>
public sealed class Rule221() : Ssda903Rule("221", "The placement postcode does not match the postcode of the provider (URN) on Ofsted's register.", "Episodes", "URN", "PL_POST", "PLACE", "LS")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers (each URN's postcode)";
}
