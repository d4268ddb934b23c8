using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Overdue;

/// <summary>An entry whose review is past due.</summary>
public sealed record OverdueReview(long EntryId, string Reference, string LaCode, RagRating Rating, DateOnly Due, string Keyworker);
