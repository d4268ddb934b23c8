using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Hands rows to the store writer on a second thread, in batches, so that reading and validating a file and
/// writing the rows into the database overlap. The database connection is used by that one thread only; a failure
/// there is raised on the reading side at the next batch or at <see cref="Complete"/>, and the load is discarded.
/// </summary>
internal sealed class BackgroundSubmissionWriter : ISubmissionWriter, IDisposable
{
    private const int BatchSize = 2_048;
    private readonly StoreSubmissionWriter _inner;
    private readonly BlockingCollection<List<object>> _batches = new(boundedCapacity: 8);
    private readonly Thread _thread;
    private List<object> _batch = new(BatchSize);
    private ExceptionDispatchInfo? _failure;

    private sealed record Record(string Table, string? Pseudonym, int RowNumber, string FieldsJson);

    private sealed record TypedRow(string Table, object?[] Values);

    public BackgroundSubmissionWriter(StoreSubmissionWriter inner)
    {
        _inner = inner;
        _thread = new Thread(Drain) { IsBackground = true, Name = "JoinedUp store writer" };
        _thread.Start();
    }

    public void AddChild(ChildRecord child) => Add(child);

    public void AddEpisode(EpisodeRecord episode) => Add(episode);

    public void AddRecord(string table, string? pseudonym, int rowNumber, IReadOnlyDictionary<string, string?> fields) =>
        Add(new Record(table, pseudonym, rowNumber, RecordJson.Write(fields)));

    public void AddIssue(ValidationIssue issue) => Add(issue);

    public void AddRow(string table, object?[] values) => Add(new TypedRow(table, values));

    private void Add(object row)
    {
        _batch.Add(row);
        if (_batch.Count < BatchSize) return;
        _failure?.Throw();
        _batches.Add(_batch);
        _batch = new List<object>(BatchSize);
    }

    /// <summary>Waits until every row is written; rethrows what went wrong on the writing thread.</summary>
    public void Complete()
    {
        if (_batch.Count > 0 && _failure is null) _batches.Add(_batch);
        _batch = [];
        _batches.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
        _inner.Flush();
    }

    private void Drain()
    {
        foreach (var batch in _batches.GetConsumingEnumerable())
        {
            if (_failure is not null) continue;
            try
            {
                foreach (var row in batch)
                {
                    switch (row)
                    {
                        case ChildRecord child: _inner.AddChild(child); break;
                        case EpisodeRecord episode: _inner.AddEpisode(episode); break;
                        case Record r: _inner.AddRecordJson(r.Table, r.Pseudonym, r.RowNumber, r.FieldsJson); break;
                        case ValidationIssue issue: _inner.AddIssue(issue); break;
                        case TypedRow t: _inner.AddRow(t.Table, t.Values); break;
                    }
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    /// <summary>Stops the writing thread (after a failed read the rows it wrote are rolled back with the transaction).</summary>
    public void Dispose()
    {
        if (!_batches.IsAddingCompleted) _batches.CompleteAdding();
        _thread.Join();
        _batches.Dispose();
    }
}
