namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 504: the category of need is set when a period of care begins and stays the same through it: an episode that
/// continues the previous one (the previous ended with X1 on the day this one began) must have the previous one's CIN.
/// Episodes are taken in start-date order.
/// </summary>
public sealed class Rule504() : Ssda903Rule("504", "The category of need differs from the one recorded at the start of the current period of care.", "Episodes", "CIN")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
        {
            var previous = episodes[i - 1];
            var episode = episodes[i];
            if (previous is { Rec: "X1", Dec: { } end } && episode.Decom == end && episode.Cin != previous.Cin)
                findings.Add(episode, "CIN", $"The episode continues the previous one (X1 on {end:dd/MM/yyyy}) but its category of need is {episode.Cin ?? "blank"}, not {previous.Cin ?? "blank"}.");
        }
    }
}
