using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Referrals;

/// <summary>The DSR meeting's decision to add a referred child: the agreed rating and why, the keyworker, the agencies, and a CETR or LAEP when red.</summary>
public sealed record ReferralAdded(
    RagRating Rating,
    string Reason,
    string Keyworker,
    IReadOnlyList<Agency> Agencies,
    MeetingRequest? Meeting = null);
