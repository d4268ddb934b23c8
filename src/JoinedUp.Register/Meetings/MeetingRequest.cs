namespace JoinedUp.Register.Meetings;

/// <summary>A CETR or LAEP meeting to arrange, with the date by which it must be held.</summary>
public sealed record MeetingRequest(MeetingKind Kind, DateOnly DueOn);
