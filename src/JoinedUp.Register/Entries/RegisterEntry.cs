using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Entries;

/// <summary>
/// A child's entry on the Dynamic Support Register, as the LA or ICS sees it. The child is known to the region only
/// by pseudonyms: <see cref="ChildPseudonym"/>, the keyed hash of the LA's own child ID (the same as the LA's returns,
/// so the entry links to its SSDA903 episodes), and/or the keyed hash of the NHS number (<see cref="HasNhsNumber"/>).
/// <see cref="Pseudonym"/> is the first of them to be known and never changes (the entry's record key).
/// <see cref="Version"/> is the entry's concurrency token: pass it back with every change.
/// </summary>
public sealed record RegisterEntry(
    long Id,
    string Pseudonym,
    string LaCode,
    string Footprint,
    RagRating Rating,
    string RatingReason,
    DateOnly RatingSince,
    DateOnly EnteredOn,
    RagRating EnteredRating,
    string Keyworker,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    Consent? Consent,
    DateOnly NextReviewDue,
    long Version,
    string UpdatedAt,
    string UpdatedBy,
    string? ChildPseudonym = null,
    bool HasNhsNumber = false,
    DateOnly? ExitedOn = null,
    string? ExitReason = null)
{
    /// <summary>Whether the child has left the register (the entry and its history are kept).</summary>
    public bool HasExited => ExitedOn is not null;

    public bool HasChildId => ChildPseudonym is not null;

    /// <summary>The register reference shown on pages and exports, e.g. "DSR-000042".</summary>
    public string Reference => EntryReference.Format(Id);

    public bool ConsentWithdrawn => Consent?.WithdrawnOn is not null;
}
