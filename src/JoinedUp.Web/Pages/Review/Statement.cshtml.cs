using JoinedUp.Review;
using JoinedUp.Review.Framework;
using JoinedUp.Review.Reviews;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>
/// /review/{id}/statements/{key}: one statement of a review, on the review's own framework version: the user's rating,
/// every partner's rating side by side, the evidence (notes, links, files) and, for the lead, the agreed rating.
/// </summary>
public sealed class StatementModel : ReviewPageModel
{
    public ReviewDetail Detail { get; private set; } = null!;
    public FrameworkStatement Statement { get; private set; } = null!;
    public FrameworkArea Area { get; private set; } = null!;
    public string? Done { get; private set; }

    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int? AgreedRating { get; set; }
    [BindProperty] public string? AgreedReason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public string? FileNote { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public IActionResult OnGet(long id, string key, string? done)
    {
        Done = done switch
        {
            "rated" => "Your rating was saved.",
            "agreed" => "The agreed rating was recorded.",
            "evidence" => "The evidence was added.",
            _ => null,
        };
        return Load(id, key) ?? Page();
    }

    public IActionResult OnPostRate(long id, string key) => Change("rate",
        () => Reviews.Rate(Acting, id, key, Rating ?? throw new ReviewRuleException("rating", $"Statement {key}: choose a rating."), Comment),
        () => $"/review/{id}/statements/{key}?done=rated", () => Load(id, key) ?? Page());

    public IActionResult OnPostAgree(long id, string key) => Change("agree",
        () => Reviews.Agree(Acting, id, key, AgreedRating ?? throw new ReviewRuleException("rating", $"Statement {key}: choose the agreed rating."), AgreedReason),
        () => $"/review/{id}/statements/{key}?done=agreed", () => Load(id, key) ?? Page());

    public IActionResult OnPostEvidence(long id, string key) => Change("evidence",
        () => Reviews.AddEvidence(Acting, id, key, Note, Link), () => $"/review/{id}/statements/{key}?done=evidence#evidence", () => Load(id, key) ?? Page());

    public IActionResult OnPostUpload(long id, string key) => Change("upload", () =>
    {
        if (Upload is null || Upload.Length == 0) throw new ReviewRuleException("evidence-empty", "Choose a file to upload (it must not be empty).");
        Reviews.AddEvidenceFile(Acting, id, key, FileNote, Upload.FileName, Read(Upload, Reviews.Limits.MaxFileBytes));
    }, () => $"/review/{id}/statements/{key}?done=evidence#evidence", () => Load(id, key) ?? Page());

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is refused without holding all of it.</summary>
    private static byte[] Read(IFormFile file, long limit)
    {
        using var stream = file.OpenReadStream();
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > limit) break;
        }
        return memory.ToArray();
    }

    private IActionResult? Load(long id, string key)
    {
        try
        {
            Detail = Reviews.Get(Acting, id);
        }
        catch (JoinedUp.Review.Access.ReviewAccessDeniedException)
        {
            return Refused();
        }
        var statement = Detail.Framework.Statement(key);
        if (statement is null) return NotFound();
        Statement = statement;
        Area = Detail.Framework.AreaOf(key);
        var mine = Detail.RatingsOf(key).FirstOrDefault(r => r.UserName == Acting.UserName);
        Rating ??= mine?.Rating;
        Comment ??= mine?.Comment;
        AgreedRating ??= Detail.AgreedFor(key)?.Rating;
        AgreedReason ??= Detail.AgreedFor(key)?.Reason;
        return null;
    }
}
