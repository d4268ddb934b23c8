namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 204: the child's ethnicity (ETHNIC) disagrees with the one last year's return recorded (compared without regard
/// to case). A child with no ethnicity last year is not checked; a blank now, against a code last year, disagrees.
/// </summary>
public sealed class Rule204() : Ssda903Rule("204", "The child's ethnicity (ETHNIC) disagrees with the one recorded for the child in last year's return.", "Header", "ETHNIC")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { } header) return;
        if (child.Previous?.Header is not { Ethnic: { } before }) return;
        if (!string.Equals(header.Ethnic, before, StringComparison.OrdinalIgnoreCase))
            findings.Add(header, "ETHNIC", $"The child's ethnicity is {header.Ethnic ?? "blank"} here but was {before} in {child.Return.Previous!.Source}.");
    }
}
