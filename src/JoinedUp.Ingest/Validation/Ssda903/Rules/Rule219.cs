namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 219: when a URN is given (not XXXXXXX), the placement type (PLACE) must be one of the types Ofsted registers that provider for.
/// Needs Ofsted's register of social care providers with each provider's placement types, which JoinedUp does not hold.
/// </summary>
public sealed class Rule219() : Ssda903Rule("219", "The placement type does not match the kinds of placement Ofsted registers the provider (URN) for.", "Episodes", "URN", "PLACE")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers (each URN's placement types)";
}
