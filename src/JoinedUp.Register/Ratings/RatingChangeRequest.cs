using JoinedUp.Register.Meetings;

namespace JoinedUp.Register.Ratings;

/// <summary>
/// A change of rating. The reason is required. Moving to red needs <see cref="Meeting"/> (a CETR or LAEP with a due
/// date) unless the entry already has one arranged and not yet held. Amber and red need a named keyworker: the entry's,
/// or <see cref="Keyworker"/>, which names (or changes) it with the change.
/// </summary>
public sealed record RatingChangeRequest(RagRating To, string Reason, MeetingRequest? Meeting = null, DateOnly? ChangedOn = null, string? Keyworker = null);
