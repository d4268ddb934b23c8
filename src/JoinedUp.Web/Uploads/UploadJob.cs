using System.Collections.Concurrent;

namespace JoinedUp.Web.Uploads;

public enum UploadState { Running, Finished, Failed }

/// <summary>An import running in the background for one LA analyst, with its progress messages and, at the end, its result.</summary>
public sealed class UploadJob
{
    private readonly ConcurrentQueue<string> _progress = new();

    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string LaCode { get; init; }
    public required IReadOnlyList<string> FileNames { get; init; }
    public DateTime StartedAt { get; } = DateTime.UtcNow;
    public UploadState State { get; internal set; } = UploadState.Running;
    public string? Error { get; internal set; }
    public IReadOnlyList<ImportedSubmission> Submissions { get; internal set; } = [];

    public IReadOnlyList<string> Progress => _progress.ToList();

    internal void Report(string message)
    {
        _progress.Enqueue(message);
        while (_progress.Count > 200 && _progress.TryDequeue(out _)) { }
    }
}
