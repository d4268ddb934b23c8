namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 227: when a URN is given (not XXXXXXX) and Ofsted's registration of that provider has ended, the episode must have
/// begun before the registration ended. Needs Ofsted's register with registration end dates, which JoinedUp does not hold.
/// </summary>
public sealed class Rule227() : Ssda903Rule("227", "The episode began after the provider's (URN's) Ofsted registration ended.", "Episodes", "URN", "DECOM")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers (each URN's registration end date)";
}
