using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Children;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Children;

/// <summary>An LA user finds one of their LA's children by the LA's own child ID, keyed-hashed on entry.</summary>
public sealed class FindChildModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public string? Message { get; private set; }
    public string LaName => Scope.OwnLa is { } la && Region.Contains(la) ? Region[la].Name : "your LA";

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? childId)
    {
        var la = Scope.OwnLa;
        if (la is null) return StatusCode(403);
        if (string.IsNullOrWhiteSpace(childId))
        {
            Message = "Enter a child ID.";
            return Page();
        }
        var pseudonym = store.Pseudonymiser.Pseudonymise(la, childId);
        var found = ChildEpisodes.LasHolding(store, pseudonym).Contains(la);
        audit.Record(User, "child.find", pseudonym, found ? AuditLog.Allowed : AuditLog.Failed, found ? "" : "no match in the LA's returns");
        if (!found)
        {
            Message = $"No child with that ID is in {LaName}'s returns.";
            return Page();
        }
        return Redirect("/children/" + pseudonym);
    }
}
