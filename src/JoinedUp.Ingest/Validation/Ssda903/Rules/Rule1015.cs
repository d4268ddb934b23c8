namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1015: a placement the LA provides itself (PLACE_PROVIDER PR1), other than foster care, placement for adoption or a
/// short break, must be in the LA's own area (PL_LA is the LA). PL_LA is derived by the DfE from the placement postcode.
/// </summary>
public sealed class Rule1015() : Ssda903Rule("1015", "The LA provides the placement itself, but the placement is not in the LA's own area.", "Episodes", "PLACE_PROVIDER", "PL_POST")
{
    public override string? NeedsData =>
        "needs the LA a placement postcode lies in (the ONS postcode directory), which JoinedUp does not hold";
}
