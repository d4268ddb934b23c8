using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Store.Location;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Loads submissions into the store one after another, on a thread and connection of its own, while callers read and
/// validate the next ones (several readers may each have a load open). Each load is one transaction (see
/// <see cref="SubmissionTransaction"/>), taken in the order the loads were started: committed when its reader says
/// the submission is complete, rolled back when it says discard, so a reader never waits for a commit and a failed
/// or refused submission leaves the store as it was.
/// Rows cross to the loading thread in batches through a bounded queue per load, and at most
/// <see cref="LoadsWaiting"/> loads wait behind the one being written, so memory does not grow with the files.
/// If the store fails, that load is rolled back, every later one is discarded, and the failure is raised to its
/// reader at the next row, <see cref="Load.Commit"/> or <see cref="Load.Result"/>.
/// </summary>
public sealed class SubmissionLoader : IDisposable
{
    public const int LoadsWaiting = 4;
    private const int BatchRows = 256;
    // Up to about 130,000 rows per load may wait: enough for the reader to go on while the writer waits for the disk at
    // a checkpoint (measured by `joinedup bench ingest`; peak memory stayed about 260 MB).
    private const int BatchesPerLoad = 512;
    private readonly RegionalStore _store;
    private readonly BlockingCollection<Load> _loads = new(boundedCapacity: LoadsWaiting);
    private readonly Thread _thread;
    private volatile ExceptionDispatchInfo? _failure;

    private sealed record End(bool Keep);

    private sealed record TypedRow(string Table, object?[] Values);

    public SubmissionLoader(RegionalStore store)
    {
        _store = store;
        _thread = new Thread(Run) { IsBackground = true, Name = "JoinedUp submission loader" };
        _thread.Start();
    }

    /// <summary>
    /// Starts loading a submission: it replaces the earlier copy of the same (LA, return, year) once committed.
    /// Waits while <see cref="LoadsWaiting"/> loads are already waiting to be written.
    /// </summary>
    public Load Start(SubmissionKey key, string source)
    {
        _failure?.Throw();
        var load = new Load(this, key, source);
        _loads.Add(load);
        return load;
    }

    /// <summary>One submission on its way into the store; its reader writes its rows here (from one thread).</summary>
    public sealed class Load : ISubmissionWriter
    {
        private readonly SubmissionLoader _loader;
        private readonly TaskCompletionSource<LoadedSubmission?> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Dictionary<string, ReturnBlockBuilder> _blocks = new(StringComparer.Ordinal);
        private List<object> _batch = new(BatchRows);
        private bool _ended;

        internal Load(SubmissionLoader loader, SubmissionKey key, string source)
        {
            _loader = loader;
            Key = key;
            Source = source;
        }

        public SubmissionKey Key { get; }

        internal string Source { get; }

        /// <summary>Batches of rows, then an <see cref="End"/>.</summary>
        internal BlockingCollection<object> Steps { get; } = new(boundedCapacity: BatchesPerLoad);

        internal TaskCompletionSource<LoadedSubmission?> Outcome => _result;

        public void AddChild(ChildRecord child) => Add(child);

        public void AddEpisode(EpisodeRecord episode) => Add(episode);

        /// <summary>Rows of the small tables are gathered into blocks here, on the reading thread (see <see cref="ReturnBlockBuilder"/>).</summary>
        public void AddRecord(string table, string? pseudonym, int rowNumber, IReadOnlyList<KeyValuePair<string, string?>> fields)
        {
            if (!_blocks.TryGetValue(table, out var builder)) _blocks[table] = builder = new ReturnBlockBuilder(table);
            if (builder.Add(pseudonym, rowNumber, fields) is { } block) Add(block);
        }

        public void AddIssue(ValidationIssue issue) => Add(issue);

        public void AddRow(string table, object?[] values) => Add(new TypedRow(table, values));

        private void Add(object row)
        {
            if (_ended) throw new InvalidOperationException($"The load of {Key} has ended; no more rows can be added.");
            _batch.Add(row);
            // A block is already many rows: it ends its batch, so a queue of batches never holds many blocks.
            if (_batch.Count < BatchRows && row is not ReturnBlock) return;
            _loader._failure?.Throw();
            Steps.Add(_batch);
            _batch = new List<object>(BatchRows);
        }

        /// <summary>Every row is given: the load commits when the loading thread reaches it. Does not wait.</summary>
        public void Commit() => Finish(keep: true);

        /// <summary>The submission is not to be kept: the load is rolled back, the earlier copy stays.</summary>
        public void Discard() => Finish(keep: false);

        private void Finish(bool keep)
        {
            if (_ended) return;
            try
            {
                if (!keep) return;
                foreach (var builder in _blocks.Values)
                    if (!builder.IsEmpty) Add(builder.Close());
                _loader._failure?.Throw();
                if (_batch.Count > 0) Steps.Add(_batch);
            }
            finally
            {
                // Whatever happens, the loading thread is told the load has ended, so that it never waits for it.
                _ended = true;
                foreach (var builder in _blocks.Values) builder.Dispose();
                _blocks.Clear();
                _batch = [];
                Steps.Add(new End(keep));
                Steps.CompleteAdding();
            }
        }

        /// <summary>Waits for the load to end: what it put in the store, or null if it was discarded. Rethrows a store failure.</summary>
        public LoadedSubmission? Result()
        {
            if (!_ended) throw new InvalidOperationException($"The load of {Key} was neither committed nor discarded.");
            return _result.Task.GetAwaiter().GetResult();
        }
    }

    private void Run()
    {
        DbConnection? connection = null;
        StoreSubmissionWriter? writer = null;
        try
        {
            foreach (var load in _loads.GetConsumingEnumerable())
            {
                if (_failure is null)
                {
                    try
                    {
                        // One connection, and one writer with its prepared statements, serve every load.
                        connection ??= _store.OpenConnection();
                        writer ??= _store.Engine == StoreEngine.Sqlite ? new SqliteSubmissionWriter(connection) : new PostgresSubmissionWriter(connection);
                    }
                    catch (Exception e)
                    {
                        _failure = ExceptionDispatchInfo.Capture(e);
                    }
                    if (_failure is null) Write(load, connection!, writer!);
                }
                // Whatever happened, the reader must not be left waiting on a full queue.
                // (The queue is not disposed: its reader may still be marking it complete after handing over the end.)
                foreach (var step in load.Steps.GetConsumingEnumerable())
                    if (step is End) load.Outcome.TrySetException(_failure!.SourceException);
            }
        }
        finally
        {
            writer?.Dispose();
            connection?.Dispose();
        }
    }

    /// <summary>Writes one load as one transaction, up to its end; a failure is kept for every later load.</summary>
    private void Write(Load load, DbConnection connection, StoreSubmissionWriter writer)
    {
        SubmissionTransaction? open = null;
        try
        {
            open = new SubmissionTransaction(connection, writer, load.Key, load.Source);
            foreach (var step in load.Steps.GetConsumingEnumerable())
            {
                if (step is End end)
                {
                    load.Outcome.TrySetResult(end.Keep ? open.Commit() : null);
                    return;
                }
                foreach (var row in (List<object>)step) Write(writer, row);
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            load.Outcome.TrySetException(e);
        }
        finally
        {
            open?.Dispose();
        }
    }

    private static void Write(StoreSubmissionWriter writer, object row)
    {
        switch (row)
        {
            case ChildRecord child: writer.AddChild(child); break;
            case EpisodeRecord episode: writer.AddEpisode(episode); break;
            case ReturnBlock block: writer.AddBlock(block); break;
            case ValidationIssue issue: writer.AddIssue(issue); break;
            case TypedRow t: writer.AddRow(t.Table, t.Values); break;
        }
    }

    /// <summary>Waits for every load given to end (each must have been committed or discarded) and stops the thread.</summary>
    public void Dispose()
    {
        if (!_loads.IsAddingCompleted) _loads.CompleteAdding();
        _thread.Join();
        _loads.Dispose();
    }
}
