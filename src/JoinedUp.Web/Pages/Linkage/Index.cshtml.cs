using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Linking;

namespace JoinedUp.Web.Pages.Linkage;

/// <summary>How well each LA's returns link to one another: counts for everyone in scope, unlinked records for the LA's own users.</summary>
public sealed class LinkageModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public LinkageTables? Tables { get; private set; }

    public void OnGet()
    {
        Tables = LinkageTables.For(store, Region, Scope);
        audit.Record(User, "linkage.view", Scope.OwnLa ?? Scope.Organisation, AuditLog.Allowed, Tables.CountsOnly ? "counts only" : $"{Tables.Unlinked.Count} unlinked records");
    }
}
