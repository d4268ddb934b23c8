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
    int PageSize = 50);
