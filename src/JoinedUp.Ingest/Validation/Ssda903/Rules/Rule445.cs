namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 445: a freeing order (LS D1) cannot be the legal status of an episode beginning after 31 December 2005, when
/// freeing orders were replaced by placement orders. The DfE deleted the rule from 2024/25.
/// </summary>
public sealed class Rule445() : Ssda903Rule("445", "The legal status is a freeing order (D1), which no episode beginning after December 2005 can have.", "Episodes", "LS", "DECOM")
{
    private static readonly DateOnly LastDay = new(2005, 12, 31);

    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is { Ls: "D1", Decom: { } start } && start > LastDay)
                findings.Add(episode, "LS", $"The episode began on {start:dd/MM/yyyy}, after freeing orders (D1) ended in December 2005.");
        }
    }
}
