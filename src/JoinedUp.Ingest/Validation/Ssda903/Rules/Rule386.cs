namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 386: an episode cannot end with the child adopted (REC E11 or E12) on or after the child's 18th birthday.</summary>
public sealed class Rule386() : Ssda903Rule("386", "The episode ended with the child adopted (E11 or E12) when the child was 18 or over.", "Episodes", "REC", "DEC", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rec: "E11" or "E12", Dec: { } end } && Ssda903Return.AgeOn(dob, end) >= 18)
                findings.Add(episodes[i], "REC", $"The episode ended on {end:dd/MM/yyyy} with the child adopted ({episodes[i].Rec}), when the child was 18 or over.");
    }
}
