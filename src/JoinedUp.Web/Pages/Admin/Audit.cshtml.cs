using JoinedUp.Web.Auditing;

namespace JoinedUp.Web.Pages.Admin;

/// <summary>Administrators search the audit log, a page of <see cref="AuditSearch.PageSize"/> entries at a time.</summary>
public sealed class AuditModel(AuditLog audit) : ScopedPage
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public AuditSearch Search { get; private set; } = new(null, null, null, null, null, null);
    public bool HasNextPage { get; private set; }

    public void OnGet()
    {
        Search = AuditSearch.Read(Request.Query);
        (Entries, HasNextPage) = Search.PageOf(audit);
        Actions = audit.Actions();
    }
}
