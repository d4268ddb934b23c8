using JoinedUp.Ingest.Validation.Ssda903.Rows;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Cohorts;
using JoinedUp.Ingest.Validation.Ssda903.Outcomes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 191: a child looked after continuously for at least 12 months at 31 March (<see cref="ContinuouslyLookedAfter"/>)
/// has IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE completed: reported on the OC2 row's first
/// blank item, or, when the OC2 table was supplied but the child has no row in it, on the child's first episode (by DECOM).
/// Runs only when the Episodes table was supplied; a submission without an OC2 table is not reported child by child.
/// </summary>
public sealed class Rule191() : Oc2CohortRule("191", "The child was looked after for the 12 months to 31 March, so immunisations, teeth check, health assessment and substance misuse must be completed.",
    inCohort: true, "CHILD", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Oc2.Count > 0)
        {
            base.Check(child, findings);
            return;
        }
        if (child.Episodes.Count > 0 && child.Return.Supplied(Ssda903Tables.Episodes) && child.Return.Supplied(Ssda903Tables.Oc2)
            && ContinuouslyLookedAfter.At31March(child))
            findings.Add(child.EpisodesInOrder[0], "CHILD", "The child was looked after for the 12 months to 31 March but has no row in the OC2 table.");
    }

    protected override string? Fault(Oc2Row row, ChildReturn child) => Oc2Items.FirstBlankHealthItem(row);
}
