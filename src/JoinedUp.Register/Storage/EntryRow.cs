using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Storage;

/// <summary>A dsr_entry row as Dapper reads it, and its mapping to <see cref="RegisterEntry"/>.</summary>
internal sealed class EntryRow
{
    public const string Columns =
        """
        e.id AS Id, e.pseudonym AS Pseudonym, e.la AS La, e.footprint AS Footprint, e.rating AS Rating, e.rating_reason AS RatingReason,
        e.rating_since AS RatingSince, e.entered_on AS EnteredOn, e.entered_rating AS EnteredRating, e.keyworker AS Keyworker,
        e.agencies AS Agencies, e.risk_indicators AS RiskIndicators, e.consent_given_by AS ConsentGivenBy, e.consent_given_on AS ConsentGivenOn,
        e.consent_basis AS ConsentBasis, e.consent_withdrawn_on AS ConsentWithdrawnOn, e.next_review_due AS NextReviewDue,
        e.version AS Version, e.updated_at AS UpdatedAt, e.updated_by AS UpdatedBy, e.child_pseudonym AS ChildPseudonym, e.nhs_pseudonym AS NhsPseudonym,
        e.exited_on AS ExitedOn, e.exit_reason AS ExitReason
        """;

    public long Id { get; init; }
    public string Pseudonym { get; init; } = "";
    public string La { get; init; } = "";
    public string Footprint { get; init; } = "";
    public string Rating { get; init; } = "";
    public string RatingReason { get; init; } = "";
    public string RatingSince { get; init; } = "";
    public string EnteredOn { get; init; } = "";
    public string EnteredRating { get; init; } = "";
    public string Keyworker { get; init; } = "";
    public string Agencies { get; init; } = "";
    public string RiskIndicators { get; init; } = "";
    public string? ConsentGivenBy { get; init; }
    public string? ConsentGivenOn { get; init; }
    public string? ConsentBasis { get; init; }
    public string? ConsentWithdrawnOn { get; init; }
    public string NextReviewDue { get; init; } = "";
    public long Version { get; init; }
    public string UpdatedAt { get; init; } = "";
    public string UpdatedBy { get; init; } = "";
    public string? ChildPseudonym { get; init; }
    public string? NhsPseudonym { get; init; }
    public string? ExitedOn { get; init; }
    public string? ExitReason { get; init; }

    public bool ConsentWithdrawn => ConsentWithdrawnOn is not null;

    public RegisterEntry ToEntry() => new(
        Id, Pseudonym, La, Footprint, RagRatings.Parse(Rating), RatingReason, Dates.Parse(RatingSince), Dates.Parse(EnteredOn),
        RagRatings.Parse(EnteredRating), Keyworker, Entries.Agencies.Read(Agencies), Entries.RiskIndicators.Read(RiskIndicators),
        ConsentGivenOn is null ? null : new Consent(ConsentGivenBy ?? "", Dates.Parse(ConsentGivenOn), ConsentBasis ?? "", ConsentWithdrawnOn is null ? null : Dates.Parse(ConsentWithdrawnOn)),
        Dates.Parse(NextReviewDue), Version, UpdatedAt, UpdatedBy, ChildPseudonym, NhsPseudonym is not null, Dates.ParseOrNull(ExitedOn), ExitReason);
}
