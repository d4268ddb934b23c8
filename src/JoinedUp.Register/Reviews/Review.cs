using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Reviews;

/// <summary>A held review of an entry: when, at what rating, what was agreed, and when the next one is due.</summary>
public sealed record Review(long Id, long EntryId, DateOnly HeldOn, RagRating Rating, string Summary, DateOnly NextDue, string RecordedAt, string RecordedBy);
