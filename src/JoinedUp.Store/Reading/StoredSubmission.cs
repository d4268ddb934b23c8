namespace JoinedUp.Store.Reading;

/// <summary>A submission as listed from the store.</summary>
public sealed class StoredSubmission
{
    public long Id { get; init; }
    public string La { get; init; } = "";
    public string ReturnKind { get; init; } = "";
    public int Year { get; init; }
    public string Source { get; init; } = "";
    public string LoadedAt { get; init; } = "";
    public int Children { get; init; }
    public int Episodes { get; init; }
    public int Records { get; init; }
    public int Issues { get; init; }
}
