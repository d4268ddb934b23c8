namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 452: when last year's last episode was still open, this year's first episode (with the same reason for new
/// episode) must be in the same LA of placement (PL_LA). PL_LA is not in the return: the DfE derives it from the
/// placement postcode with the ONS Postcode Directory, which JoinedUp does not hold (and the store keeps last year's
/// placement postcodes to the district only).
/// </summary>
public sealed class Rule452() : Ssda903Rule("452", "The LA of placement of this year's first episode differs from that of the episode still open at the end of last year.", "Episodes", "PL_POST")
{
    public override bool NeedsPreviousReturn => true;

    public override string? NeedsData => "needs the local authority of each placement postcode (ONS Postcode Directory) to derive PL_LA";
}
