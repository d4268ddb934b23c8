namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 231 (from 2024/25): unaccompanied asylum-seeking children are expected to be older: a UASC child under 11 at the
/// end of the collection year (born after the date 11 years before it) is flagged, for the LA to confirm the date of
/// birth (or explain in a bypass request). A child is taken as UASC this year when the return has a UASC row for them
/// (JoinedUp does not read the XML Header's UASC flag; in the CSV form the UASC table is what says so).
/// </summary>
public sealed class Rule231() : Ssda903Rule("231", "The child is recorded as UASC but is under 11 at the end of the collection year; please check the date of birth.", "Header", "DOB", "UASC")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Uasc.Count == 0 || child.Header is not { Dob: { } dob } header) return;
        var end = child.Return.CollectionEnd;
        if (dob > end.AddYears(-11))
            findings.Add(header, "DOB", $"The child is recorded as UASC but was under 11 on {end:dd/MM/yyyy}; please check the date of birth.");
    }
}
