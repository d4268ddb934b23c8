using JoinedUp.Review.Framework;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>/review/framework/{version}: one version of the framework (statements, rating scale, evidence expected) and the list of versions.</summary>
public sealed class FrameworkModel : ReviewPageModel
{
    public FrameworkVersion Shown { get; private set; } = null!;
    public IReadOnlyList<FrameworkVersion> Versions { get; private set; } = [];
    public bool Saved { get; private set; }

    public IActionResult OnGet(int? version, string? done)
    {
        Versions = Reviews.FrameworkVersions();
        var found = version is null ? Versions[0] : Versions.FirstOrDefault(v => v.Version == version);
        if (found is null) return NotFound();
        Shown = found;
        Saved = done == "saved";
        return Page();
    }
}
