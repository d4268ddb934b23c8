namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 389: an episode cannot end with the child transferred to adult social care (REC E7) before the child's 16th birthday.</summary>
public sealed class Rule389() : Ssda903Rule("389", "The episode ended with the child transferred to adult social care (E7) when the child was under 16.", "Episodes", "REC", "DEC", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rec: "E7", Dec: { } end } && Ssda903Return.AgeOn(dob, end) < 16)
                findings.Add(episodes[i], "REC", $"The episode ended on {end:dd/MM/yyyy} with the child transferred to adult social care (E7), when the child was under 16.");
    }
}
