namespace JoinedUp.Register.Timeline;

/// <summary>A recorded change to an entry other than its rating: entered, details changed, consent given or withdrawn.</summary>
public sealed record EntryEvent(long Id, long EntryId, string At, string Kind, string Detail, string By);
