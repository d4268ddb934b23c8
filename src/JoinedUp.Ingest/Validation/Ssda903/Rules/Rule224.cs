namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 224: when a URN is given (not XXXXXXX), the placement provider (PLACE_PROVIDER) must be the kind of provider Ofsted registers
/// for that URN. Needs Ofsted's register of social care providers with each provider's sector, which JoinedUp does not hold.
/// </summary>
public sealed class Rule224() : Ssda903Rule("224", "The placement provider does not match the kind of provider Ofsted registers for the URN.", "Episodes", "URN", "PLACE_PROVIDER")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers (each URN's provider kind)";
}
