using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Children;
using JoinedUp.Web.Exports;
using JoinedUp.Web.Scoping;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>The JSON API: the same scoping and disclosure control as the pages.</summary>
internal static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/dashboard/{view}", (string view, HttpContext context, Region region, CareFactsCache facts, AuditLog audit) =>
        {
            if (!DashboardViews.All.TryGetValue(view, out var definition)) return Results.NotFound();
            var scope = UserScope.Of(context.User, region);
            var (filter, forbidden) = DashboardRequest.Read(context.Request.Query, scope, region);
            if (forbidden || filter is null)
            {
                audit.Record(context.User, "dashboard.api", view + context.Request.QueryString, AuditLog.Denied, "outside the user's scope");
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            var result = definition.Compute(new Selection(facts.Current(), region, scope.LaCodes, filter, scope.Disclosure));
            var comparison = result.Comparison is { } c
                ? new { c.Heading, c.Table.Caption, c.Table.Headers, Rows = c.Table.Rows.Select(r => new { r.Label, r.IsTotal, Cells = r.Cells.Select(x => new { x.Value, x.Text }) }), c.Notes }
                : null;
            return Results.Json(new { result.Title, result.Table.Caption, result.Table.Headers, Rows = result.Table.Rows.Select(r => new { r.Label, r.IsTotal, Cells = r.Cells.Select(c => new { c.Value, c.Text }) }), result.Notes, result.Refusal, Comparison = comparison });
        }).RequireAuthorization(JoinedUpWebApp.DashboardPolicy);

        app.MapGet("/api/children/{pseudonym}", (string pseudonym, HttpContext context, Region region, RegionalStore store, AuditLog audit) =>
        {
            var scope = UserScope.Of(context.User, region);
            var holders = ChildEpisodes.LasHolding(store, pseudonym);
            if (holders.Count == 0) return Results.NotFound();
            if (scope.OwnLa is null || !holders.Contains(scope.OwnLa))
            {
                audit.Record(context.User, "child.view", pseudonym, AuditLog.Denied, "child of another LA (api)");
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            audit.Record(context.User, "child.view", pseudonym, AuditLog.Allowed, "api");
            return Results.Json(new { pseudonym, la = scope.OwnLa, episodes = ChildEpisodes.InLa(store, scope.OwnLa, pseudonym) });
        }).RequireAuthorization();

        app.MapGet("/uploads/{id}/status", (string id, HttpContext context, UploadJobs jobs) =>
        {
            var job = jobs.Find(id);
            if (job is null) return Results.NotFound();
            if (job.UserName != context.User.Identity?.Name) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return Results.Json(new { state = job.State.ToString(), progress = job.Progress });
        }).RequireAuthorization(JoinedUpWebApp.UploadPolicy);

        app.MapGet("/uploads/{id}/errors.csv", (string id, HttpContext context, UploadJobs jobs, AuditLog audit) =>
        {
            var job = jobs.Find(id);
            if (job is null) return Results.NotFound();
            if (job.UserName != context.User.Identity?.Name)
            {
                audit.Record(context.User, UploadAudit.ErrorReport, UploadAudit.Target(id), AuditLog.Denied, "upload of another user");
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            var submissions = job.Outcome.Submissions;
            audit.Record(context.User, UploadAudit.ErrorReport, UploadAudit.Target(id), AuditLog.Allowed,
                $"{submissions.Sum(s => s.Issues.Count)} issues downloaded");
            return Results.File(ErrorReport.Csv(submissions), "text/csv; charset=utf-8", "joinedup-validation-errors.csv");
        }).RequireAuthorization(JoinedUpWebApp.UploadPolicy);
    }
}
