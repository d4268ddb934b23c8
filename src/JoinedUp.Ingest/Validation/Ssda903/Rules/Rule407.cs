namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 407: an episode cannot end with a special guardianship order (REC E45 to E48) on or after the child's 18th
/// birthday. The Python validator LAs use lets the birthday itself pass; the DfE's condition (DOB less than 18 years
/// before DEC) does not, and JoinedUp follows the DfE.
/// </summary>
public sealed class Rule407() : Ssda903Rule("407", "The episode ended with a special guardianship order (E45 to E48) when the child was 18 or over.", "Episodes", "REC", "DEC", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rec: "E45" or "E46" or "E47" or "E48", Dec: { } end } && Ssda903Return.AgeOn(dob, end) >= 18)
                findings.Add(episodes[i], "REC", $"The episode ended on {end:dd/MM/yyyy} with a special guardianship order ({episodes[i].Rec}), when the child was 18 or over.");
    }
}
