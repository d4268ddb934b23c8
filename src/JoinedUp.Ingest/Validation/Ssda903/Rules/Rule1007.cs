namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1007: a young person aged 17 or 18 on 31 March who was still looked after on their latest birthday (an episode
/// begun on or before it and not ended by it) has no care leaver information. The public validator misses episodes
/// still open; the DfE's "still looked after" includes them, as here.
/// </summary>
public sealed class Rule1007() : Ssda903Rule("1007", "Care leaver information is not required for a 17 or 18 year old who was still looked after on their 17th or 18th birthday.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        var episodes = child.Episodes;
        if (rows.Count == 0 || episodes.Count == 0) return;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!CareLeaverRows.AnyGiven(row) || CareLeaverRows.Dob(child, row) is not { } dob) continue;
            var age = Ssda903Return.AgeOn(dob, end);
            if (age is not (17 or 18)) continue;
            var birthday = dob.AddYears(age);
            for (var j = 0; j < episodes.Count; j++)
                if (episodes[j] is { Decom: { } began } episode && began <= birthday && (episode.Dec is not { } ended ? episode.DecText is null : ended > birthday))
                {
                    findings.Add(row, CareLeaverRows.FirstGiven(row), $"The young person was still looked after on their {age}th birthday, so care leaver information is not required.");
                    break;
                }
        }
    }
}
