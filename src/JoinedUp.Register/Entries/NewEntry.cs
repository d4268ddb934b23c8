using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Entries;

/// <summary>
/// What it takes to put a child on the register. <see cref="ChildId"/> is the LA's own identifier for the child and
/// <see cref="NhsNumber"/> the child's NHS number; either may be empty, not both. Each is hashed with the region's key at
/// once and never stored. A red entry needs a CETR or LAEP meeting with a due date.
/// </summary>
public sealed record NewEntry(
    string LaCode,
    string ChildId,
    RagRating Rating,
    string Reason,
    string Keyworker,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    Consent Consent,
    DateOnly? EnteredOn = null,
    MeetingRequest? Meeting = null,
    string? NhsNumber = null);
