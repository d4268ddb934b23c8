namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 228: when a URN is given (not XXXXXXX) and Ofsted's registration of that provider has ended, the episode must have
/// ended by then (an open episode: the registration must run to the end of the collection year). Needs Ofsted's register
/// with registration end dates, which JoinedUp does not hold.
/// </summary>
public sealed class Rule228() : Ssda903Rule("228", "The episode ended (or is still open) after the provider's (URN's) Ofsted registration ended.", "Episodes", "URN", "DEC")
{
    public override string? NeedsData => "needs Ofsted's register of social care providers (each URN's registration end date)";
}
