using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The OC2 rules that depend on whether the child was looked after continuously for the 12 months to 31 March
/// (<see cref="ContinuouslyLookedAfter"/>): each OC2 row with a fault (<see cref="Fault"/>) is reported when the child is in
/// that cohort (<paramref name="inCohort"/> true) or when the child is not (false). The cohort is worked out once per
/// child, and only when a row has a fault. Runs only when the Episodes table was supplied.
/// </summary>
public abstract class Oc2CohortRule(string code, string message, bool inCohort, params string[] fields) : Ssda903Rule(code, message, "OC2", fields)
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        if (rows.Count == 0 || !child.Return.Supplied(Ssda903Tables.Episodes)) return;
        var cohort = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (Fault(rows[i], child) is not { } field) continue;
            if (cohort < 0) cohort = ContinuouslyLookedAfter.At31March(child) ? 1 : 0;
            if (cohort == 1 == inCohort) findings.Add(rows[i], field);
        }
    }

    /// <summary>The field to report on <paramref name="row"/>, or null when the row has no fault (the cohort aside).</summary>
    protected abstract string? Fault(Oc2Row row, ChildReturn child);

    /// <summary>The child's date of birth: the OC2 row's, or the Header's when the row has none.</summary>
    protected static DateOnly? Dob(Oc2Row row, ChildReturn child) => row.Dob ?? child.Dob;
}
