namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW16aSTG2 (from 2024/25): when the child's latest social worker episode in last year's return had not ended,
/// this year's first social worker episode (by start date) must have the same social worker ID. When last year's
/// return comes from the store it holds no social worker IDs (they are dropped on the way in), so the rule reports
/// nothing then.
/// </summary>
public sealed class RuleSW16aSTG2() : Ssda903Rule("SW16aSTG2", "The first social worker episode's worker ID differs from the episode still open at the end of last year's return.", "SWEpisodes", "SW_ID")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Return.Previous is not { FromStore: false } previous) return;
        var (first, open) = OpenSocialWorkerEpisodeCarriedOver.Find(child);
        if (first is null || open is null || string.Equals(first.SwId, open.SwId, StringComparison.Ordinal)) return;
        findings.Add(first, "SW_ID", $"The first social worker episode's worker ID differs from that of the social worker episode still open at the end of {previous.Source} (its row {open.Number}).");
    }
}
