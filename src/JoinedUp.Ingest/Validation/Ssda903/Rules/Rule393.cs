namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 393: a girl (SEX 2) looked after this year other than only in short breaks (an episode with LS other than V3
/// and V4) must have MOTHER recorded (0 or 1).
/// </summary>
public sealed class Rule393() : Ssda903Rule("393", "The child is a looked-after girl but MOTHER is blank.", "Header", "MOTHER", "SEX", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Sex: "2", Mother: null } header) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Ls is not ("V3" or "V4"))
            {
                findings.Add(header, "MOTHER");
                return;
            }
    }
}
