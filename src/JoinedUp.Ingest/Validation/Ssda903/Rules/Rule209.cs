namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 209: a child of school age must not have the unknown-UPN code UN1 (which means the child is too young for a UPN).
/// School age: four or older on 31 August of the calendar year before the collection year began (31/08/2023 for
/// 2024/25).
/// </summary>
public sealed class Rule209() : Ssda903Rule("209", "The child is of school age, so the UPN must not be UN1 (too young to have a UPN).", "Header", "UPN", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var reference = new DateOnly(child.Return.CollectionStart.Year - 1, 8, 31);
        foreach (var header in child.Headers)
            if (header is { Upn: "UN1", Dob: { } dob } && dob.AddYears(4) <= reference)
                findings.Add(header, "UPN", $"The child was 4 or older on {reference:dd/MM/yyyy}, so of school age, but the UPN is UN1.");
    }
}
