namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 392b: a looked-after child should have both the home postcode and the placement postcode, unless the episode is a
/// short break (V3/V4) or the child is or was an unaccompanied asylum-seeking child. UASC status is taken from the UASC
/// table of this year's return and, when held, last year's; the DfE also looks two years back, which JoinedUp cannot, so
/// a child who stopped being UASC two years ago may be reported here.
/// </summary>
public sealed class Rule392b() : Ssda903Rule("392b", "The child is looked after but the home postcode or the placement postcode is missing.", "Episodes", "HOME_POST", "PL_POST")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Uasc.Count > 0) return;
        var checkedUasc = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls is "V3" or "V4" || (episode.HomePost is not null && episode.PlPost is not null)) continue;
            if (!checkedUasc)
            {
                if (child.Previous is { } previous && previous.Uasc.Count > 0) return;
                checkedUasc = true;
            }
            if (episode.HomePost is null)
                findings.Add(episode, "HOME_POST", episode.PlPost is null ? "Both the home postcode and the placement postcode are missing." : "The home postcode is missing.");
            else
                findings.Add(episode, "PL_POST", "The placement postcode is missing.");
        }
    }
}
