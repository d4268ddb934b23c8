using JoinedUp.Review;
using JoinedUp.Review.Access;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Reviewing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JoinedUp.Web.Hosting;

/// <summary>
/// A review's evidence files and its spreadsheet report, for the review's partners only (the library checks and
/// audits). Files go out as attachments with the type their content was found to be, nosniff and a sandboxing CSP,
/// so nothing uploaded is ever run by the browser as a page of this site.
/// </summary>
internal static class ReviewExports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/review/{id:long}/evidence/{evidenceId:long}", (long id, long evidenceId, HttpContext context, CommissioningReviews reviews) =>
        {
            try
            {
                var (name, type, content) = reviews.EvidenceFile(ReviewUsers.From(context.User), id, evidenceId);
                Attachment(context, name);
                return Results.Bytes(content, type);
            }
            catch (ReviewAccessDeniedException)
            {
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status404NotFound);
            }
        }).RequireAuthorization();

        app.MapGet("/review/{id:long}/report.xlsx", (long id, HttpContext context, CommissioningReviews reviews) =>
        {
            try
            {
                var detail = reviews.Get(ReviewUsers.From(context.User), id);
                Attachment(context, $"review-{id}.xlsx");
                return Results.Bytes(Reviewing.ReviewWorkbook.Write(detail), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            catch (ReviewAccessDeniedException)
            {
                context.Items[AuditLog.Denied] = true;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
    }

    private static void Attachment(HttpContext context, string fileName)
    {
        var ascii = new string(fileName.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray());
        var header = new ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = fileName };
        context.Response.Headers.ContentDisposition = header.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }
}
