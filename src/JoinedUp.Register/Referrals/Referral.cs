using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Referrals;

/// <summary>A referral as the register holds it, with the DSR meeting's decision once made. Never holds an identifier in clear.</summary>
public sealed record Referral(
    long Id,
    string LaCode,
    string Footprint,
    bool HasNhsNumber,
    bool HasChildId,
    ReferralSource Source,
    DateOnly ReferredOn,
    string Reason,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    Consent Consent,
    ReferralStatus Status,
    DateOnly? MeetingOn,
    string? DecisionNote,
    string? SignpostedTo,
    RagRating? AgreedRating,
    long? EntryId,
    string? DecidedBy,
    string ReceivedBy,
    long Version)
{
    /// <summary>The referral's reference, e.g. "REF-000012".</summary>
    public string Reference => Format(Id);

    public static string Format(long id) => "REF-" + id.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
