namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW16bSTG2 (from 2024/25): when the child's latest social worker episode in last year's return had not ended,
/// this year's first social worker episode (by start date) must have the same start date. Dates are compared to the
/// day, which the store keeps.
/// </summary>
public sealed class RuleSW16bSTG2() : Ssda903Rule("SW16bSTG2", "The first social worker episode's start date differs from the episode still open at the end of last year's return.", "SWEpisodes", "SW_DECOM")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var (first, open) = OpenSocialWorkerEpisodeCarriedOver.Find(child);
        if (first is null || open is null || first.SwDecom == open.SwDecom) return;
        findings.Add(first, "SW_DECOM", $"The first social worker episode began on {first.SwDecom:dd/MM/yyyy}, but the one still open at the end of {child.Return.Previous!.Source} (its row {open.Number}) began on {open.SwDecom:dd/MM/yyyy}.");
    }
}
