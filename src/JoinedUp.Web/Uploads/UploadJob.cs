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
    private volatile UploadOutcome _outcome = UploadOutcome.Running;

    /// <summary>
    /// The job's state with its result, published in one write when the import ends: a page reads it once, so it never
    /// shows a finished state with the submissions of a running one.
    /// </summary>
    public UploadOutcome Outcome => _outcome;

    public UploadState State => _outcome.State;

    public IReadOnlyList<string> Progress => _progress.ToList();

    internal void Finish(IReadOnlyList<ImportedSubmission> submissions) => _outcome = new(UploadState.Finished, submissions, null);

    internal void Fail(string error) => _outcome = new(UploadState.Failed, [], error);

    internal void Report(string message)
    {
        _progress.Enqueue(message);
        while (_progress.Count > 200 && _progress.TryDequeue(out _)) { }
    }
}

/// <summary>What an upload job has come to: running, finished with its submissions, or failed with the reason.</summary>
public sealed record UploadOutcome(UploadState State, IReadOnlyList<ImportedSubmission> Submissions, string? Error)
{
    public static readonly UploadOutcome Running = new(UploadState.Running, [], null);
}
