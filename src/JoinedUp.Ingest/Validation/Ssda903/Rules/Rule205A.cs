using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 205A: a child who was UASC in last year's return is no longer UASC this year, so UASC status must have ceased during
/// last year: last year's date UASC ceased (DUC) must fall within last year's collection year. A child is taken as UASC in
/// a return when it has a UASC row for them (JoinedUp does not read the XML Header's UASC flag); both years' returns must
/// include the UASC table. Reported on this year's Header row.
/// </summary>
public sealed class Rule205A() : Ssda903Rule("205A", "The child was UASC last year and is not this year, but last year's date UASC ceased (DUC) is not within last year's collection year.", "Header", "CHILD", "UASC")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Uasc.Count > 0 || child.Header is not { } header) return;
        if (child.Previous is not { Uasc.Count: > 0 } before) return;
        var previous = child.Return.Previous!;
        if (!child.Return.Supplied(Ssda903Tables.Uasc)) return;
        var start = previous.Return.CollectionStart;
        var end = previous.Return.CollectionEnd;
        if (before.Uasc[0].Duc is { } ceased && ceased >= start && ceased <= end) return;
        findings.Add(header, "CHILD", $"The child was UASC in {previous.Source} and has no UASC row this year, but the date UASC ceased there is not between {start:dd/MM/yyyy} and {end:dd/MM/yyyy}.");
    }
}
