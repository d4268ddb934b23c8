namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 453: when last year's last episode was still open, this year's first episode (with the same reason for new
/// episode) must have the same placement distance, to within 0.2 miles. The distance is not in the return: the DfE works
/// it out from the home and placement postcodes with each postcode's coordinates, which JoinedUp does not hold.
/// </summary>
public sealed class Rule453() : Ssda903Rule("453", "The placement distance of this year's first episode differs from that of the episode still open at the end of last year.", "Episodes", "HOME_POST", "PL_POST")
{
    public override bool NeedsPreviousReturn => true;

    public override string? NeedsData => "needs the coordinates of every postcode (ONS Postcode Directory) to work out the placement distance";
}
