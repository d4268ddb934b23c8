namespace JoinedUp.Register.Meetings;

/// <summary>A CETR or LAEP meeting for an entry: arranged with a due date, then recorded as held with its outcome.</summary>
public sealed record Meeting(long Id, long EntryId, MeetingKind Kind, string ArrangedAt, DateOnly DueOn, DateOnly? HeldOn, string? Outcome, string ArrangedBy, string? RecordedBy)
{
    public bool IsOpen => HeldOn is null;

    public bool IsOverdue(DateOnly today) => HeldOn is null && DueOn < today;

    public string KindLabel => Kind == MeetingKind.Cetr ? "Care, Education and Treatment Review (CETR)" : "Local Area Emergency Protocol (LAEP) meeting";
}
