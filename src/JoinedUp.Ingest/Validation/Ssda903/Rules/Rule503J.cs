namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 503J: this year's first episode continues the episode still open at the end of last year's return, so its placement
/// location (inside or outside the LA, PL_LOCATION) must be the same. PL_LOCATION is not in the return: the DfE derives it
/// from the placement postcode with the ONS Postcode Directory, which JoinedUp does not hold.
/// </summary>
public sealed class Rule503J() : Ssda903Rule("503J", "The placement location (inside or outside the LA) of this year's first episode differs from that of the episode still open at the end of last year.", "Episodes", "PL_POST")
{
    public override bool NeedsPreviousReturn => true;

    public override string? NeedsData => "needs the local authority of each placement postcode (ONS Postcode Directory) to derive PL_LOCATION";
}
