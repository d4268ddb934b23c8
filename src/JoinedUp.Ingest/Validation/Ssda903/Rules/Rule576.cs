using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 576: a missing or away period still open at the end of last year's return (no MIS_END) must be carried into this
/// year's return with the same start date as the child's earliest period. Reported on that earliest row, or on the
/// Header's CHILD when the child, still in this year's Header, has no missing rows at all (the Python validator LAs use
/// reports nothing then). Judged only when a Missing table was supplied. Dates are compared exactly: the store keeps
/// missing dates as written.
/// </summary>
public sealed class Rule576() : Ssda903Rule("576", "A missing or away period open at the end of last year's return is not carried into this year's with the same start date.", "Missing", "MIS_START", "CHILD")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Previous is not { } last || last.Missing.Count == 0 || !child.Return.Supplied(Ssda903Tables.Missing)) return;
        var previous = last.Missing;
        var missing = child.Missing;
        var earliest = -1;
        for (var i = 0; i < missing.Count; i++)
            if (earliest < 0 || (missing[i].MisStart ?? DateOnly.MaxValue) < (missing[earliest].MisStart ?? DateOnly.MaxValue))
                earliest = i;
        for (var p = 0; p < previous.Count; p++)
        {
            if (previous[p] is not { MisEndText: null, MisStart: { } open }) continue;
            if (earliest >= 0 && missing[earliest].MisStart == open) continue;
            var source = child.Return.Previous!.Source;
            if (earliest >= 0)
                findings.Add(missing[earliest], "MIS_START", $"In {source} a period was open since {open:dd/MM/yyyy}; this year's earliest period should begin on that date.");
            else if (child.Header is { } header)
                findings.Add(header, "CHILD", $"In {source} a missing or away period was open since {open:dd/MM/yyyy}, but this year's return has no missing rows for the child.");
            return;
        }
    }
}
