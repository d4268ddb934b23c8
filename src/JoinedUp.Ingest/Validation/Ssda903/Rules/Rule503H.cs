namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 503H: this year's first episode continues the episode still open at the end of last year's return, so its LA of
/// placement (PL_LA) must be the same. PL_LA is not in the return: the DfE derives it from the placement postcode with the
/// ONS Postcode Directory, which JoinedUp does not hold.
/// </summary>
public sealed class Rule503H() : Ssda903Rule("503H", "The LA of placement of this year's first episode differs from that of the episode still open at the end of last year.", "Episodes", "PL_POST")
{
    public override bool NeedsPreviousReturn => true;

    public override string? NeedsData => "needs the local authority of each placement postcode (ONS Postcode Directory) to derive PL_LA";
}
