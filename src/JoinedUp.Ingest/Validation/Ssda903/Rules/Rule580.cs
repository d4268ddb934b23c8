namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 580: a child who was missing when they ceased to be looked after at 18 (a missing period ending on the 18th
/// birthday, by the Missing row's DOB, the same day as an episode's DEC) must have that episode end with REC E8.
/// Reported on the episode's REC.
/// </summary>
public sealed class Rule580() : Ssda903Rule("580", "The child was missing when they ceased to be looked after at 18, but the reason the episode ended is not E8.", "Episodes", "REC", "MIS_END", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        var episodes = child.Episodes;
        if (missing.Count == 0 || episodes.Count == 0) return;
        for (var m = 0; m < missing.Count; m++)
        {
            if (missing[m] is not { MisEnd: { } end, Dob: { } dob } || dob.AddYears(18) != end) continue;
            for (var e = 0; e < episodes.Count; e++)
                // The message gives the end date but not that it is the birthday: together they would disclose the date of birth.
                if (episodes[e].Dec == end && episodes[e].Rec != "E8")
                    findings.Add(episodes[e], "REC", $"The episode ended on {end:dd/MM/yyyy}, the day a missing or away period ended at 18, with reason {episodes[e].Rec ?? "blank"}; it must be E8.");
        }
    }
}
