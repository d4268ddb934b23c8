using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Store.Loading;

/// <summary>Counts what a load writes (rows of the small tables one by one, though they are written in blocks); the engine-specific writers do the writing.</summary>
public abstract class StoreSubmissionWriter : IDisposable
{
    public sealed class Tally
    {
        public int Children { get; set; }
        public int Episodes { get; set; }
        public int Records { get; set; }
        public int Issues { get; set; }
    }

    public Tally Counts { get; } = new();


    public void AddChild(ChildRecord child)
    {
        Counts.Children++;
        WriteChild(child);
    }

    public void AddEpisode(EpisodeRecord episode)
    {
        Counts.Episodes++;
        WriteEpisode(episode);
    }

    /// <summary>A block of rows of one of the small tables, made on the reading thread.</summary>
    internal void AddBlock(ReturnBlock block)
    {
        Counts.Records += block.RowCount;
        WriteBlock(block);
    }

    /// <summary>Where rows of the typed return tables go; set by the load that created this writer.</summary>
    internal ReturnTableSink? ReturnTables { get; set; }

    public void AddRow(string table, object?[] values)
    {
        Counts.Records++;
        (ReturnTables ?? throw new InvalidOperationException("This writer was not created by a load.")).Write(table, values);
    }

    public void AddIssue(ValidationIssue issue)
    {
        Counts.Issues++;
        WriteIssue(issue);
    }

    protected abstract void WriteChild(ChildRecord child);
    protected abstract void WriteEpisode(EpisodeRecord episode);
    internal abstract void WriteBlock(ReturnBlock block);
    protected abstract void WriteIssue(ValidationIssue issue);

    /// <summary>Writes anything still buffered.</summary>
    public abstract void Flush();

    public virtual void Dispose() => ReturnTables?.Dispose();

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    protected static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd");

    protected static string? IsoMonth(DateOnly? date) => date?.ToString("yyyy-MM");
}
