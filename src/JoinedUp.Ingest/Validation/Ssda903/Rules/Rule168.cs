using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 168: a UPN, when given, must be well formed (a letter, 11 digits and a digit or letter), or UN1 to UN5 when not known.</summary>
public sealed class Rule168() : Ssda903Rule("168", "The UPN is not valid; when it is not known use UN1, UN2, UN3, UN4 or UN5.", "Header", "UPN")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var header in child.Headers)
            if (header.Upn is { } upn && !Upns.IsValid(upn))
                findings.Add(header, "UPN");
    }
}
