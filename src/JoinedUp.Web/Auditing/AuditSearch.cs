using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Auditing;

/// <summary>One search of the audit log as the page and its CSV export take it from the query string; pages count from 1.</summary>
public sealed record AuditSearch(string? UserName, string? Action, string? Outcome, string? Text, string? From, string? To, int Page = 1)
{
    public const int PageSize = 50;

    public static AuditSearch Read(IQueryCollection query) =>
        new(Value(query, "user"), Value(query, "action"), Value(query, "outcome"), Value(query, "text"), Value(query, "from"), Value(query, "to"),
            int.TryParse(query["page"], out var page) ? Math.Max(1, page) : 1);

    /// <summary>One page of entries, and whether there is another after it.</summary>
    public (IReadOnlyList<AuditEntry> Entries, bool More) PageOf(AuditLog audit)
    {
        var found = audit.Search(UserName, Action, Outcome, Text, From, To, PageSize + 1, (Page - 1) * PageSize);
        return (found.Take(PageSize).ToList(), found.Count > PageSize);
    }

    /// <summary>Every matching entry (up to <see cref="AuditLog.MaxEntries"/>), for the export.</summary>
    public IReadOnlyList<AuditEntry> All(AuditLog audit) => audit.Search(UserName, Action, Outcome, Text, From, To, AuditLog.MaxEntries);

    /// <summary>The query string of this search at another page (or without a page, for the export).</summary>
    public string Query(int? page = null)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["user"] = UserName,
            ["action"] = Action,
            ["outcome"] = Outcome,
            ["text"] = Text,
            ["from"] = From,
            ["to"] = To,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return query.Value ?? "";
    }

    /// <summary>A short description of the search for the audit line of an export (no child is named here; the text is the admin's own).</summary>
    public string InWords()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(UserName)) parts.Add("user " + UserName);
        if (!string.IsNullOrWhiteSpace(Action)) parts.Add("action " + Action);
        if (!string.IsNullOrWhiteSpace(Outcome)) parts.Add("outcome " + Outcome);
        if (!string.IsNullOrWhiteSpace(From)) parts.Add("from " + From);
        if (!string.IsNullOrWhiteSpace(To)) parts.Add("to " + To);
        if (!string.IsNullOrWhiteSpace(Text)) parts.Add("with text");
        return parts.Count == 0 ? "the whole log" : string.Join(", ", parts);
    }

    private static string? Value(IQueryCollection query, string name) => string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString().Trim();
}
