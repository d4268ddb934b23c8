namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 205B: a child who was UASC last year and is UASC again this year must have had, last year, a date UASC ceased (DUC)
/// on their 18th birthday (the status had not ceased), and this year's DUC must either fall within this collection year
/// or still be last year's date. A child is taken as UASC in a return when it has a UASC row for them. When last year's
/// return came from the store, dates of birth are held to the month, so last year's DUC is compared with the month of
/// the 18th birthday, and the message says so.
/// </summary>
public sealed class Rule205B() : Ssda903Rule("205B", "The child was UASC last year and is UASC this year, but the dates UASC ceased (DUC) in the two years do not agree with that.", "UASC", "DUC", "UASC")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Uasc.Count == 0 || child.Previous is not { Uasc.Count: > 0 } before) return;
        var previous = child.Return.Previous!;
        var row = child.Uasc[0];
        var was = before.Uasc[0].Duc;
        var dob = before.Uasc[0].Dob ?? before.Header?.Dob;

        bool lastYearOn18th;
        if (was is not { } ceased || dob is not { } born) lastYearOn18th = false;
        else if (previous.FromStore)
        {
            var eighteenth = born.AddYears(18);
            lastYearOn18th = ceased.Year == eighteenth.Year && ceased.Month == eighteenth.Month;
        }
        else lastYearOn18th = ceased == born.AddYears(18);

        var now = row.Duc;
        var thisYearFits = now is { } d && (d >= child.Return.CollectionStart && d <= child.Return.CollectionEnd || d == was);
        if (lastYearOn18th && thisYearFits) return;
        findings.Add(row, "DUC", !lastYearOn18th
            ? $"The child was UASC in {previous.Source} and is UASC this year, but the date UASC ceased there is not the child's 18th birthday{(previous.FromStore ? " (compared to the month: the store keeps the month of birth only)" : "")}."
            : $"The child was UASC in {previous.Source} and is UASC this year, but this year's date UASC ceased is neither within this collection year nor the date given there.");
    }
}
