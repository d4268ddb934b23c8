using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1012: a child with no episode in the return (a care leaver reported only in OC3) must have no rows in the other
/// child-level tables (placed for adoption, missing, reviews, AD1, previous permanence, OC2). Each such row is reported.
/// Checked only when the Episodes table was supplied.
/// </summary>
public sealed class Rule1012() : Ssda903Rule("1012", "The child has no episode in this return, so this table should hold nothing for them (only OC3 may).", "Episodes", "CHILD")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Episodes.Count > 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        Report(child.PlacedForAdoption, findings);
        Report(child.Missing, findings);
        Report(child.Reviews, findings);
        Report(child.Ad1, findings);
        Report(child.PreviousPermanence, findings);
        Report(child.Oc2, findings);
    }

    private static void Report<TRow>(RowList<TRow> rows, RuleFindings findings) where TRow : Ssda903Row
    {
        for (var i = 0; i < rows.Count; i++) findings.Add(rows[i], "CHILD");
    }
}
