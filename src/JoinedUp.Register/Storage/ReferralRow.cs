using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Referrals;

namespace JoinedUp.Register.Storage;

/// <summary>A dsr_referral row as Dapper reads it, and its mapping to <see cref="Referral"/>.</summary>
internal sealed class ReferralRow
{
    public const string Columns =
        """
        r.id AS Id, r.la AS La, r.footprint AS Footprint, r.child_pseudonym AS ChildPseudonym, r.nhs_pseudonym AS NhsPseudonym, r.source AS Source,
        r.referred_on AS ReferredOn, r.reason AS Reason, r.risk_indicators AS RiskIndicators, r.consent_given_by AS ConsentGivenBy,
        r.consent_given_on AS ConsentGivenOn, r.consent_basis AS ConsentBasis, r.status AS Status, r.meeting_on AS MeetingOn,
        r.decision_note AS DecisionNote, r.signposted_to AS SignpostedTo, r.agreed_rating AS AgreedRating, r.entry_id AS EntryId,
        r.decided_by AS DecidedBy, r.received_by AS ReceivedBy, r.version AS Version
        """;

    public long Id { get; init; }
    public string La { get; init; } = "";
    public string Footprint { get; init; } = "";
    public string? ChildPseudonym { get; init; }
    public string? NhsPseudonym { get; init; }
    public string Source { get; init; } = "";
    public string ReferredOn { get; init; } = "";
    public string Reason { get; init; } = "";
    public string RiskIndicators { get; init; } = "";
    public string ConsentGivenBy { get; init; } = "";
    public string ConsentGivenOn { get; init; } = "";
    public string ConsentBasis { get; init; } = "";
    public string Status { get; init; } = "";
    public string? MeetingOn { get; init; }
    public string? DecisionNote { get; init; }
    public string? SignpostedTo { get; init; }
    public string? AgreedRating { get; init; }
    public long? EntryId { get; init; }
    public string? DecidedBy { get; init; }
    public string ReceivedBy { get; init; } = "";
    public long Version { get; init; }

    public Referral ToReferral() => new(
        Id, La, Footprint, NhsPseudonym is not null, ChildPseudonym is not null, ReferralSources.Parse(Source), Dates.Parse(ReferredOn), Reason,
        Entries.RiskIndicators.Read(RiskIndicators), new Consent(ConsentGivenBy, Dates.Parse(ConsentGivenOn), ConsentBasis),
        ReferralStatuses.Parse(Status), Dates.ParseOrNull(MeetingOn), DecisionNote, SignpostedTo,
        AgreedRating is null ? null : RagRatings.Parse(AgreedRating), EntryId, DecidedBy, ReceivedBy, Version);
}
