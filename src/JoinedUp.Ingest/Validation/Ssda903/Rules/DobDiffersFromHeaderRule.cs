using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The DfE's data-integrity checks INT11 to INT18: a table's DOB must be the child's DOB in the Header table. Rows whose
/// DOB or the Header's is blank or not a date are not checked (rule 102 and the field checks report those).
/// </summary>
/// <param name="rowsOf">The table's rows of a child (a static lambda).</param>
/// <param name="dobOf">A row's parsed DOB (a static lambda).</param>
public abstract class DobDiffersFromHeaderRule(string code, string table, Func<ChildReturn, IReadOnlyList<Ssda903Row>> rowsOf, Func<Ssda903Row, DateOnly?> dobOf)
    : Ssda903Rule(code, $"The date of birth (DOB) in the {table} table differs from the child's date of birth in the Header table.", table, "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Header is not { Dob: { } dob }) return;
        foreach (var row in rowsOf(child))
            if (dobOf(row) is { } other && other != dob)
                findings.Add(row, "DOB");
    }
}
