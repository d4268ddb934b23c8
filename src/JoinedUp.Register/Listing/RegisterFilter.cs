using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Listing;

/// <summary>
/// Filters of the register page. All are optional; <see cref="LaCode"/> must be inside the user's scope (an LA outside
/// it is refused, never silently widened or narrowed). Pages count from 1.
/// </summary>
public sealed record RegisterFilter(
    string? LaCode = null,
    RagRating? Rating = null,
    RiskIndicator? Indicator = null,
    Agency? Agency = null,
    string? Keyworker = null,
    bool ReviewOverdueOnly = false,
    int Page = 1,
    int PageSize = 50)
{
    /// <summary>The filters in plain words for the audit log, e.g. "LA 302, rating red, review overdue only, 50 a page"; never program text.</summary>
    public string InWords()
    {
        var parts = new List<string>();
        if (LaCode is not null) parts.Add("LA " + LaCode);
        if (Rating is { } rating) parts.Add("rating " + rating.Code());
        if (Indicator is { } indicator) parts.Add("risk indicator " + indicator.Label());
        if (Agency is { } agency) parts.Add("agency " + agency.Label());
        if (!string.IsNullOrWhiteSpace(Keyworker)) parts.Add($"keyworker containing \"{Keyworker.Trim()}\"");
        if (ReviewOverdueOnly) parts.Add("review overdue only");
        return (parts.Count == 0 ? "no filters" : "filtered by " + string.Join(", ", parts)) + $"; {PageSize} a page";
    }
}
