using JoinedUp.Analytics.Journeys;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Journeys;

/// <summary>
/// Cohort journeys for the LAs the user may see: of the children who entered residential or inpatient care, what came
/// before and how long before, by life stage, sex and ethnic group. Every count goes through the user's disclosure
/// control (their own LA exact, everything else perturbed); sparse breakdowns are refused whole.
/// </summary>
public sealed class CohortModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public CohortJourneys? Cohort { get; private set; }
    public string Note { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (!Scope.SeesDashboards)
        {
            audit.Record(User, "journeys.cohort.view", Scope.Organisation, AuditLog.Denied, "role sees no figures");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        var all = LaJourneys.Load(store, null);
        var inScope = new LaJourneys { La = null, Journeys = all.Journeys.Where(j => Scope.LaCodes.Contains(j.La)).ToList(), Coverage = all.Coverage };
        Cohort = inScope.Cohort(store, Scope.Disclosure);
        Note = JoinedUp.Analytics.Views.DisclosureNotes.For(Scope.Disclosure);
        audit.Record(User, "journeys.cohort.view", Scope.OwnLa ?? Scope.Organisation, AuditLog.Allowed);
        return Page();
    }
}
