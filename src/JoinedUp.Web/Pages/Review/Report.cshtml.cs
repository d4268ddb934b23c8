using JoinedUp.Review.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>/review/{id}/report: the review as a readable, printable report for its partners (the read is audited).</summary>
public sealed class ReportModel : ReviewPageModel
{
    public ReviewDetail Detail { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        try
        {
            Detail = Reviews.Get(Acting, id);
            return Page();
        }
        catch (JoinedUp.Review.Access.ReviewAccessDeniedException)
        {
            return Refused();
        }
    }
}
