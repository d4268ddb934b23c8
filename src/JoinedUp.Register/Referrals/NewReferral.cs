using JoinedUp.Register.Entries;

namespace JoinedUp.Register.Referrals;

/// <summary>
/// A referral to the register from any partner. The child is named by NHS number, the LA's child ID, or both (each
/// hashed at once, never stored); <see cref="LaCode"/> is the LA where the child lives, which decides the footprint.
/// </summary>
public sealed record NewReferral(
    string LaCode,
    string? NhsNumber,
    string? ChildId,
    ReferralSource Source,
    string Reason,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    Consent Consent,
    DateOnly? ReferredOn = null);
