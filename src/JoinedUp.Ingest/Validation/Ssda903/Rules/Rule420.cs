namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 420: no LA of placement (PL_LA) for a short-break episode (V3 or V4). PL_LA is not in the return: the DfE derives
/// it from the placement postcode with the ONS Postcode Directory, which JoinedUp does not hold. A placement postcode given
/// for a short break is reported by 398.
/// </summary>
public sealed class Rule420() : Ssda903Rule("420", "A local authority of placement is recorded for a short-break episode (legal status V3 or V4).", "Episodes", "LS", "PL_POST")
{
    public override string? NeedsData => "needs the local authority of each placement postcode (ONS Postcode Directory) to derive PL_LA; a placement postcode on a short break is reported by 398";
}
