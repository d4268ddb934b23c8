namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 392a: a looked-after child (other than on short breaks, V3/V4, or a current or former UASC) must have a placement
/// distance. The distance is not in the return: the DfE works it out from HOME_POST and PL_POST with the coordinates of
/// each postcode, which JoinedUp does not hold. A blank postcode (the usual cause) is reported by 392b.
/// </summary>
public sealed class Rule392a() : Ssda903Rule("392a", "The child is looked after but no placement distance can be worked out from the home and placement postcodes.", "Episodes", "HOME_POST", "PL_POST")
{
    public override string? NeedsData => "needs the coordinates of every postcode (ONS Postcode Directory) to work out the distance from HOME_POST to PL_POST; blank postcodes are reported by 392b";
}
