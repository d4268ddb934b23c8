namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW16cSTG2 (from 2024/25): when the child's latest social worker episode in last year's return had not ended,
/// this year's first social worker episode (by start date) must give the same reason for the change (both blank is the same).
/// </summary>
public sealed class RuleSW16cSTG2() : Ssda903Rule("SW16cSTG2", "The first social worker episode's reason for the change differs from the episode still open at the end of last year's return.", "SWEpisodes", "SW_REASON")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var (first, open) = OpenSocialWorkerEpisodeCarriedOver.Find(child);
        if (first is null || open is null || string.Equals(first.SwReason, open.SwReason, StringComparison.Ordinal)) return;
        findings.Add(first, "SW_REASON", $"The first social worker episode's reason ({first.SwReason ?? "blank"}) differs from that of the one still open at the end of {child.Return.Previous!.Source} (its row {open.Number}: {open.SwReason ?? "blank"}).");
    }
}
