namespace JoinedUp.Register.Actions;

/// <summary>
/// An action agreed for a child on the register, with its owner (a named person or team) and due date;
/// <see cref="MeetingId"/> names the CETR or LAEP meeting whose recommendation it is.
/// </summary>
public sealed record AgreedAction(long Id, long EntryId, string Description, string Owner, DateOnly DueOn, DateOnly? CompletedOn, string CreatedAt, string CreatedBy, string? CompletedBy,
    long? MeetingId = null)
{
    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueOn < today;
}
