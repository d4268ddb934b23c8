using JoinedUp.Review.Access;
using JoinedUp.Review.Framework;
using JoinedUp.Review.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>
/// /review: the framework's seven areas of commissioning, the reviews the user is a partner in, opening a review of
/// the user's own area (LA staff, ICS leads), and links to the comparison (regional users, ICS leads) and the framework.
/// </summary>
public sealed class IndexModel : ReviewPageModel
{
    public FrameworkVersion Framework { get; private set; } = null!;
    public IReadOnlyList<ReviewSummary> Mine { get; private set; } = [];
    public (AreaKind Kind, string Area)? OwnArea { get; private set; }
    public IReadOnlyList<Sector> OwnSectors => Sectors.For(Acting.Role);

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Sector { get; set; }

    public void OnGet() => Load();

    public IActionResult OnPostOpen() => Change("open", () =>
    {
        var review = Reviews.Open(Acting, Title, Sectors.Parse(Sector));
        _opened = review.Id;
    }, () => $"/review/{_opened}?done=opened", () => { Load(); return Page(); });

    private long _opened;

    private void Load()
    {
        Framework = Reviews.CurrentFramework();
        Mine = Reviews.ReviewsFor(Acting);
        OwnArea = Reviews.AreaOf(Acting);
    }
}
