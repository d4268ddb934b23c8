namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 624: the date of birth of the mother's first child (MC_DOB) disagrees with the one last year's return recorded
/// (a blank now, against a date last year, disagrees; no date last year is not checked). The store does not keep MOTHER
/// or MC_DOB: when last year's return came from the store this rule reports nothing; it runs when last year's return is
/// uploaded as files together with this year's.
/// </summary>
public sealed class Rule624() : Ssda903Rule("624", "The date of birth of the mother's first child (MC_DOB) disagrees with the one recorded in last year's return.", "Header", "MC_DOB")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Return.Previous is not { FromStore: false } previous) return;
        if (child.Header is not { } header || child.Previous?.Header is not { McDobText: { } beforeText } before) return;
        var same = header.McDob is { } now && before.McDob is { } was ? now == was : header.McDobText == beforeText;
        if (!same)
            findings.Add(header, "MC_DOB", $"The date of birth of the mother's first child disagrees with the one in {previous.Source}.");
    }
}
