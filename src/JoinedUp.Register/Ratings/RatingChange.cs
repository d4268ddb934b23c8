namespace JoinedUp.Register.Ratings;

/// <summary>
/// One line of an entry's rating history: from what to what, why, by whom and when. History is insert-only: the
/// register has no way to change or delete a line, and the first line (From = null) is the rating the child entered at.
/// </summary>
public sealed record RatingChange(long Id, long EntryId, string ChangedAt, DateOnly ChangedOn, RagRating? From, RagRating To, string Reason, string ChangedBy, string ChangedByRole);
