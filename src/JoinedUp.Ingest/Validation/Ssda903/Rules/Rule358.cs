namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 358: a child cannot be under 10 when an episode under a youth justice legal status (J1, J2, J3) begins: the
/// child must have reached their 10th birthday by DECOM. The Python validator LAs use also flags an episode beginning on
/// the 10th birthday; the DfE's condition (DOB at least 10 years before DECOM) does not, and JoinedUp follows the DfE.
/// </summary>
public sealed class Rule358() : Ssda903Rule("358", "The child was under 10 when an episode under legal status J1, J2 or J3 began.", "Episodes", "DECOM", "DOB", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Ls: "J1" or "J2" or "J3", Decom: { } start } && Ssda903Return.AgeOn(dob, start) < 10)
                findings.Add(episodes[i], "LS", $"The episode under legal status {episodes[i].Ls} began on {start:dd/MM/yyyy}, when the child was under 10.");
    }
}
