using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.DsrMeetings;

/// <summary>An entry whose review falls due by the meeting's date (red first), with the version to pass back when recording it.</summary>
public sealed record DueReview(long EntryId, string LaCode, RagRating Rating, DateOnly Due, string Keyworker, long Version)
{
    public string Reference => Entries.EntryReference.Format(EntryId);
}
