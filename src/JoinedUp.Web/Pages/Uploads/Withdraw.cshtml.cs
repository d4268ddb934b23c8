using JoinedUp.Analytics.Cohort;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Linking;
using JoinedUp.Store;
using JoinedUp.Store.Reading;
using JoinedUp.Store.Uploads;
using JoinedUp.Store.Withdrawing;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Uploads;

/// <summary>
/// Withdrawing a submission the LA uploaded: a confirmation page, then one transaction that removes the submission and
/// everything derived from it (rows, issues, links, a hold); the LA is relinked and the dashboards' cache forgotten.
/// Only an analyst of the submission's own LA may withdraw it; every attempt is audited.
/// </summary>
public sealed class WithdrawModel(RegionalStore store, AuditLog audit, CareFactsCache facts) : ScopedPage
{
    public UploadRecord? Upload { get; private set; }
    public StoredSubmission? Submission { get; private set; }
    public string LaName => Upload is { } u && Region.Contains(u.La) ? Region[u.La].Name : Upload?.La ?? "";

    public IActionResult OnGet(long id) => Find(id) ?? Page();

    public IActionResult OnPost(long id)
    {
        if (Find(id) is { } refused) return refused;
        var key = new SubmissionKey(Upload!.La, ReturnKindNames.Parse(Upload.ReturnKind), Upload.Year);
        var withdrawn = store.Withdraw(key, User.Identity?.Name ?? "");
        if (withdrawn is null) return Redirect("/uploads");
        ChildLinker.Relink(store, key.LaCode);
        facts.Invalidate();
        audit.Record(User, UploadAudit.Withdraw, "submission:" + key, AuditLog.Allowed, $"{withdrawn.Children} children, {withdrawn.Links} links removed");
        TempData["Notice"] = $"The {key.Return.Title()} submission for {key.Year} was withdrawn: {withdrawn.Children:N0} children removed from the store.";
        return Redirect("/uploads");
    }

    /// <summary>Finds the upload and its current submission; a refusal (not found, another LA's, already gone) otherwise.</summary>
    private IActionResult? Find(long id)
    {
        Upload = store.FindUpload(id);
        if (Upload is null) return NotFound();
        if (Upload.La != Scope.OwnLa || !Scope.Uploads)
        {
            audit.Record(User, UploadAudit.Withdraw, "upload-record:" + id, AuditLog.Denied, "submission of another LA");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        if (!Upload.Current) return Redirect("/uploads");
        Submission = store.Submissions().SingleOrDefault(s => s.Id == Upload.SubmissionId);
        return Submission is null ? Redirect("/uploads") : null;
    }
}
