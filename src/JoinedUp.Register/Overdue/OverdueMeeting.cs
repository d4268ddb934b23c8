using JoinedUp.Register.Meetings;

namespace JoinedUp.Register.Overdue;

/// <summary>A CETR or LAEP meeting not held by its due date.</summary>
public sealed record OverdueMeeting(long EntryId, string Reference, string LaCode, long MeetingId, MeetingKind Kind, DateOnly Due);
