namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 302: the child's first episode (the earliest DECOM in the return) cannot begin before the child was born.
/// Only the first episode is judged; it is reported on its DECOM and on the Header's DOB.
/// </summary>
public sealed class Rule302() : Ssda903Rule("302", "The child's first episode begins before the child's date of birth.", "Episodes", "DECOM", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count == 0 || child.Header is not { Dob: { } dob } header) return;
        var first = child.EpisodesInOrder[0];
        if (first.Decom is not { } start || start >= dob) return;
        findings.Add(first, "DECOM", $"The first episode begins on {start:dd/MM/yyyy}, before the child's date of birth.");
        findings.Add(header, "DOB", $"The date of birth is after the first episode began ({start:dd/MM/yyyy}).");
    }
}
