namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 352: a child cannot start to be looked after (RNE S) on or after their 18th birthday.</summary>
public sealed class Rule352() : Ssda903Rule("352", "The child started to be looked after (RNE S) aged 18 or over.", "Episodes", "DECOM", "RNE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Rne: "S", Decom: { } start } && Ssda903Return.AgeOn(dob, start) >= 18)
                findings.Add(episodes[i], "RNE", $"The child started to be looked after on {start:dd/MM/yyyy}, aged 18 or over.");
    }
}
