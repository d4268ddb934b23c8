using JoinedUp.Review.Comparison;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>/review/compare/{version}: areas' agreed ratings side by side on one framework version (regional users, ICS leads). Ratings only, no children.</summary>
public sealed class CompareModel : ReviewPageModel
{
    public AreaComparison Comparison { get; private set; } = null!;
    public IReadOnlyList<int> Versions { get; private set; } = [];

    public IActionResult OnGet(int? version)
    {
        Versions = Reviews.FrameworkVersions().Select(v => v.Version).ToList();
        try
        {
            Comparison = Reviews.Compare(Acting, version ?? Versions[0]);
            return Page();
        }
        catch (JoinedUp.Review.Access.ReviewAccessDeniedException)
        {
            return Refused();
        }
        catch (JoinedUp.Review.ReviewRuleException)
        {
            return NotFound();
        }
    }
}
