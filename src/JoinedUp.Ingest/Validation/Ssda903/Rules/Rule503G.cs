namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 503G: this year's first episode continues the episode still open at the end of last year's return, so its placement
/// distance must be the same (to within 0.2 miles). The distance is not in the return: the DfE works it out from the home
/// and placement postcodes with each postcode's coordinates, which JoinedUp does not hold.
/// </summary>
public sealed class Rule503G() : Ssda903Rule("503G", "The placement distance of this year's first episode differs from that of the episode still open at the end of last year.", "Episodes", "HOME_POST", "PL_POST")
{
    public override bool NeedsPreviousReturn => true;

    public override string? NeedsData => "needs the coordinates of every postcode (ONS Postcode Directory) to work out the placement distance";
}
