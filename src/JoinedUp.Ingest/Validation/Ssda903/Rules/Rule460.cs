namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 460: an episode ending because the young person stayed with their carers at 18 or over (REC E17) cannot end before the 18th birthday.</summary>
public sealed class Rule460() : Ssda903Rule("460", "The episode ended with the young person staying with their carers at 18 (E17) but they were under 18.", "Episodes", "REC", "DEC", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rec: "E17", Dec: { } end } && Ssda903Return.AgeOn(dob, end) < 18)
                findings.Add(episodes[i], "REC", $"The episode ended on {end:dd/MM/yyyy} as staying put with carers at 18 (E17), when the young person was under 18.");
    }
}
