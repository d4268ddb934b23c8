namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 411: a placement recorded as inside the LA's own area (PL_LOCATION "IN") must be in the LA (PL_LA). Neither field
/// is in the return: the DfE derives both from the placement postcode (PL_POST) with the ONS Postcode Directory, which
/// JoinedUp does not hold.
/// </summary>
public sealed class Rule411() : Ssda903Rule("411", "The placement is recorded as inside the LA's area, but the placement postcode is in another LA.", "Episodes", "PL_POST")
{
    public override string? NeedsData => "needs the local authority of each placement postcode (ONS Postcode Directory) to derive PL_LA and PL_LOCATION";
}
