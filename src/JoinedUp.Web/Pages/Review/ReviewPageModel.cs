using JoinedUp.Review;
using JoinedUp.Review.Access;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Reviewing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Pages.Review;

/// <summary>
/// A page of the commissioning review. The review library decides and audits who may see and change what; a refusal
/// becomes 403 (already audited in review_audit), a broken rule is shown on the form it came from.
/// </summary>
public abstract class ReviewPageModel : ScopedPage
{
    public CommissioningReviews Reviews => HttpContext.RequestServices.GetRequiredService<CommissioningReviews>();

    public ReviewUser Acting => ReviewUsers.From(User);

    public string? Error { get; protected set; }

    public string? ErrorForm { get; protected set; }

    protected IActionResult Refused()
    {
        HttpContext.Items[AuditLog.Denied] = true;
        return StatusCode(403);
    }

    /// <summary>Runs a change: on success redirects to <paramref name="done"/>; a broken rule re-shows the page with the message on <paramref name="form"/>.</summary>
    protected IActionResult Change(string form, Action change, Func<string> done, Func<IActionResult> reshow)
    {
        try
        {
            change();
            return Redirect(done());
        }
        catch (ReviewAccessDeniedException)
        {
            return Refused();
        }
        catch (ReviewRuleException e)
        {
            Error = e.Message;
            ErrorForm = form;
            Response.StatusCode = 400;
            return reshow();
        }
    }

    protected static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A time stamp in words ("30 November 2026, 21:50:56 UTC").</summary>
    public static string When(string instant) => Formatting.DatesInWords.Time(instant);

    /// <summary>The day of a time stamp in words ("30 November 2026").</summary>
    public static string Day(string instant) => instant.Length >= 10 ? Formatting.DatesInWords.Date(instant[..10]) : instant;
}
