using JoinedUp.Web.Auditing;

namespace JoinedUp.Web.Pages.Admin;

/// <summary>Administrators search the audit log.</summary>
public sealed class AuditModel(AuditLog audit) : ScopedPage
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public string? UserName { get; private set; }
    public string? Action { get; private set; }
    public string? Outcome { get; private set; }
    public string? Text { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }

    public void OnGet(string? user, string? action, string? outcome, string? text, string? from, string? to)
    {
        (UserName, Action, Outcome, Text, From, To) = (user, action, outcome, text, from, to);
        Entries = audit.Search(user, action, outcome, text, from, to);
        Actions = audit.Actions();
    }
}
