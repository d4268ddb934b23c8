namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 229: when a URN is given (not XXXXXXX), a placement the LA provides itself (PR1) must be with a provider in the LA, and one
/// another LA provides (PR2) with a provider outside it. Needs each provider's LA (from Ofsted's register and the provider's
/// postcode), which JoinedUp does not hold.
/// </summary>
public sealed class Rule229() : Ssda903Rule("229", "The placement provider (PR1 own LA, PR2 another LA) does not match the LA of the provider (URN) on Ofsted's register.", "Episodes", "URN", "PLACE_PROVIDER")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers and the local authority of each provider's postcode";
}
