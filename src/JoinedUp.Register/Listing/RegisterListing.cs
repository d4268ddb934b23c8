using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Listing;

/// <summary>One line of the register page: enough to triage, with the entry's version for quick edits.</summary>
public sealed record RegisterListing(
    long Id,
    string Reference,
    string LaCode,
    string LaName,
    RagRating Rating,
    string RatingReason,
    DateOnly RatingSince,
    string Keyworker,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    DateOnly NextReviewDue,
    bool ReviewOverdue,
    DateOnly? OpenMeetingDue,
    int OverdueActions,
    bool ConsentWithdrawn,
    long Version);
