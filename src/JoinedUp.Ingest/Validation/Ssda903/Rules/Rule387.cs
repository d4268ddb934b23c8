namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 387: an episode cannot end with the child moving to independent living (REC E5 or E6) before the child's 14th birthday.</summary>
public sealed class Rule387() : Ssda903Rule("387", "The episode ended with the child moving to independent living (E5 or E6) when the child was under 14.", "Episodes", "REC", "DEC", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rec: "E5" or "E6", Dec: { } end } && Ssda903Return.AgeOn(dob, end) < 14)
                findings.Add(episodes[i], "REC", $"The episode ended on {end:dd/MM/yyyy} with the child moving to independent living ({episodes[i].Rec}), when the child was under 14.");
    }
}
