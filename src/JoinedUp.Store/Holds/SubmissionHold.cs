namespace JoinedUp.Store.Holds;

/// <summary>A submission held for its LA's confirmation, with the reason in words (figures, never a child).</summary>
public sealed class SubmissionHold
{
    public long SubmissionId { get; init; }
    public string La { get; init; } = "";
    public string ReturnKind { get; init; } = "";
    public int Year { get; init; }
    public string Reason { get; init; } = "";
    public string HeldAt { get; init; } = "";
    public string? ConfirmedBy { get; init; }
    public string? ConfirmedAt { get; init; }
}
