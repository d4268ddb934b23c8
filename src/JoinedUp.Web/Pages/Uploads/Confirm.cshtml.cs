using JoinedUp.Analytics.Cohort;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Uploads;

/// <summary>An LA analyst confirms that a return held for its year-on-year change is right: the views may use it from now on.</summary>
public sealed class ConfirmModel(RegionalStore store, AuditLog audit, CareFactsCache facts) : ScopedPage
{
    public IActionResult OnGet() => Redirect("/uploads");

    public IActionResult OnPost(long id)
    {
        var la = Scope.OwnLa;
        if (la is null || !Scope.Uploads) return StatusCode(403);
        if (store.ConfirmHold(id, la, User.Identity?.Name ?? ""))
        {
            facts.Invalidate();
            audit.Record(User, UploadAudit.Confirm, "submission-id:" + id, AuditLog.Allowed, "year-on-year change confirmed");
            TempData["Notice"] = "The return is confirmed: views and figures use it from now on.";
        }
        else
        {
            audit.Record(User, UploadAudit.Confirm, "submission-id:" + id, AuditLog.Denied, "no hold of the user's LA");
        }
        return Redirect("/uploads");
    }
}
