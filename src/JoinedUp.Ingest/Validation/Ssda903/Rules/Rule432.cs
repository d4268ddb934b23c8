namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 432: when the previous episode ended with the child leaving care (any reason other than X1), the next episode
/// must start a new period of care (RNE S). Episodes are taken in start-date order.
/// </summary>
public sealed class Rule432() : Ssda903Rule("432", "The child left care at the end of the previous episode, but this episode's reason is not that the child started to be looked after (S).", "Episodes", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var previous = episodes[i - 1];
            if (previous.Rec is { } reason && LeftCare(reason) && episodes[i].Rne != "S")
                findings.Add(episodes[i], "RNE", $"The previous episode ended with the child leaving care ({reason}), so this episode's reason should be S, not {episodes[i].Rne ?? "blank"}.");
        }
    }

    /// <summary>The DfE's reasons an episode ends with the child ceasing to be looked after.</summary>
    private static bool LeftCare(string reason) => reason is "E2" or "E3" or "E4A" or "E4B" or "E5" or "E6" or "E7" or "E8" or "E9" or "E11" or "E12"
        or "E13" or "E14" or "E15" or "E16" or "E17" or "E41" or "E45" or "E46" or "E47" or "E48";
}
