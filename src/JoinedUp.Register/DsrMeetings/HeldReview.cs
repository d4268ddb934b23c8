using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.DsrMeetings;

/// <summary>A review recorded for the meeting's date: the meeting's decision for that entry.</summary>
public sealed record HeldReview(long EntryId, string LaCode, RagRating Rating, string Summary, DateOnly NextDue, string RecordedBy)
{
    public string Reference => Entries.EntryReference.Format(EntryId);
}
