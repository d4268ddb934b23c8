namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 208: the child's UPN disagrees with the UPN last year's return recorded. Allowed changes: from unknown (blank or
/// UN1 to UN5) to a known UPN, and from UN1 or blank to UN2 to UN5 (a reason the UPN is unknown found since). Any other
/// change fails, including a known UPN given up, a change between UN2 to UN5, and a blank last year becoming UN1. Both
/// blank is rule 442's, not this one's. Compared without regard to case.
/// The store does not keep UPNs: when last year's return came from the store this rule reports nothing; it runs when
/// last year's return is uploaded as files together with this year's.
/// </summary>
public sealed class Rule208() : Ssda903Rule("208", "The child's UPN disagrees with the UPN recorded for the child in last year's return.", "Header", "UPN")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Return.Previous is not { FromStore: false } previous) return;
        if (child.Header is not { } header || child.Previous?.Header is not { } before) return;
        var now = header.Upn;
        var was = before.Upn;
        if (now is null && was is null) return;
        if (string.Equals(now, was, StringComparison.OrdinalIgnoreCase)) return;
        var wasUnknown = was is null || IsUnknownCode(was);
        if (wasUnknown && now is not null && !IsUnknownCode(now)) return; // unknown to known
        if ((was is null || Is(was, "UN1")) && now is not null && IsUnknownCode(now) && !Is(now, "UN1")) return; // UN1 or blank to UN2-UN5
        findings.Add(header, "UPN", $"The child's UPN disagrees with the one in {previous.Source}.");
    }

    private static bool IsUnknownCode(string upn) => upn.Length == 3 && upn.StartsWith("UN", StringComparison.OrdinalIgnoreCase) && upn[2] is >= '1' and <= '5';

    private static bool Is(string upn, string code) => string.Equals(upn, code, StringComparison.OrdinalIgnoreCase);
}
