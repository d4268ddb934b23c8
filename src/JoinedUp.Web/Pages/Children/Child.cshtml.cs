using JoinedUp.Domain.Codes;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Children;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Children;

/// <summary>
/// One child's episodes, for users of the LA whose returns hold the child only. Anyone else (another LA, an ICS,
/// the region, an administrator) is refused with 403, and both the view and the refusal are audited.
/// </summary>
public sealed class ChildModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public string Pseudonym { get; private set; } = "";
    public string LaName { get; private set; } = "";
    public IReadOnlyList<ChildEpisode> Episodes { get; private set; } = [];

    /// <summary>A code with its meaning from the published list, "U3: Foster care with relative or friend, other"; a code not on the list as it is.</summary>
    public static string Labelled(CodeList list, string? code) =>
        string.IsNullOrEmpty(code) ? "" : list.MeaningOf(code) is { } meaning ? $"{code}: {meaning}" : code;

    public IActionResult OnGet(string pseudonym)
    {
        var holders = ChildEpisodes.LasHolding(store, pseudonym);
        if (holders.Count == 0) return NotFound();
        var la = Scope.OwnLa;
        if (la is null || !holders.Contains(la))
        {
            audit.Record(User, "child.view", pseudonym, AuditLog.Denied, la is null ? "role sees no child-level data" : "child of another LA");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        audit.Record(User, "child.view", pseudonym, AuditLog.Allowed);
        Pseudonym = pseudonym;
        LaName = Region.Contains(la) ? Region[la].Name : la;
        Episodes = ChildEpisodes.InLa(store, la, pseudonym);
        return Page();
    }
}
