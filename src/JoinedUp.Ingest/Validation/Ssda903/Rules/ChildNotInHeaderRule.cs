using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The DfE's data-integrity checks INT01 to INT09: every row of a table must belong to a child in the Header table. Each
/// row of a child with no Header row is flagged (when the return includes the Header table at all).
/// </summary>
/// <param name="rowsOf">The table's rows of a child (a static lambda returning the struct list, so nothing is allocated per child).</param>
public abstract class ChildNotInHeaderRule<TRow>(string code, string table, Func<ChildReturn, RowList<TRow>> rowsOf)
    : Ssda903Rule(code, $"The child in the {table} table has no row in the Header table.", table, "CHILD")
    where TRow : Ssda903Row
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not null) return;
        var rows = rowsOf(child);
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Header)) return;
        foreach (var row in rows)
            findings.Add(row, "CHILD");
    }
}
