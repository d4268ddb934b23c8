namespace JoinedUp.Register.Overdue;

/// <summary>An agreed action not done by its due date.</summary>
public sealed record OverdueAction(long EntryId, string Reference, string LaCode, long ActionId, string Description, string Owner, DateOnly Due);
