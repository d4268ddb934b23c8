namespace JoinedUp.Register.Meetings;

/// <summary>
/// The meetings a red rating requires: a community Care, Education and Treatment Review, or, where one cannot be held
/// in time, a Local Area Emergency Protocol meeting.
/// </summary>
public enum MeetingKind
{
    Cetr,
    Laep,
}
