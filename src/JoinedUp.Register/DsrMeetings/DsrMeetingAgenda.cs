using JoinedUp.Register.Referrals;

namespace JoinedUp.Register.DsrMeetings;

/// <summary>
/// One DSR meeting of a footprint on a date: the referrals waiting for a decision, the entries whose review is due, and
/// what the meeting decided (referrals added or not, reviews held that day). LA users see only their own LA's part.
/// </summary>
public sealed record DsrMeetingAgenda(
    string Footprint,
    DateOnly On,
    IReadOnlyList<string> LaCodes,
    IReadOnlyList<Referral> Waiting,
    IReadOnlyList<Referral> Decided,
    IReadOnlyList<DueReview> DueReviews,
    IReadOnlyList<HeldReview> Reviewed);
