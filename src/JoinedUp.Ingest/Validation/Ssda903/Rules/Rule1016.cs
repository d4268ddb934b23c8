namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1016 (from 2023/24): a young person aged 17 on 31 March who left care on or after their 17th birthday, or aged
/// 18 who left on or after their 18th, has no care leaver information (it is not yet due).
/// </summary>
public sealed class Rule1016() : Ssda903Rule("1016", "Care leaver information is not required for a 17 or 18 year old who left care after their birthday.", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
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
                if (episodes[j].Dec is { } left && left >= birthday)
                {
                    findings.Add(row, CareLeaverRows.FirstGiven(row), $"The young person left care on {left:dd/MM/yyyy}, on or after their {age}th birthday, so care leaver information is not required.");
                    break;
                }
        }
    }
}
