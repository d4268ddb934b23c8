using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Import;

/// <summary>
/// A row the import can take. The child's ID was hashed while reading and is not kept: the preview holds the pseudonym
/// only, so a preview left in memory holds nothing identifying.
/// </summary>
public sealed record ImportRow(
    int RowNumber,
    string LaCode,
    string Pseudonym,
    RagRating Rating,
    string Reason,
    string Keyworker,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    Consent Consent,
    DateOnly EnteredOn,
    MeetingRequest? Meeting);
