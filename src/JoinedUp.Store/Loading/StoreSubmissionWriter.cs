using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Store.Loading;

/// <summary>Counts what a load writes (rows of the small tables one by one, though they are written in blocks); the engine-specific writers do the writing.</summary>
internal abstract class StoreSubmissionWriter(ReturnTableSink returnTables) : IDisposable
{
    public sealed class Tally
    {
        public int Children { get; set; }
        public int Episodes { get; set; }
        public int Records { get; set; }
        public int Issues { get; set; }
    }

    public Tally Counts { get; private set; } = new();

    /// <summary>Where rows of the typed return tables go.</summary>
    internal ReturnTableSink ReturnTables { get; } = returnTables;

    /// <summary>Starts writing the rows of one submission (inside its load's transaction), counting afresh.</summary>
    internal void Begin(long submissionId)
    {
        Counts = new Tally();
        ReturnTables.Begin(submissionId);
        OnBegin(submissionId);
    }

    protected abstract void OnBegin(long submissionId);


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

    public void AddRow(string table, object?[] values)
    {
        Counts.Records++;
        ReturnTables.Write(table, values);
    }

    /// <summary>
    /// A rule failure, child as pseudonym. The last check before it is stored: a message that still quotes something
    /// shaped like an identifier (see <see cref="IdentifyingText"/>) is kept as its rule and field only.
    /// </summary>
    public void AddIssue(ValidationIssue issue)
    {
        Counts.Issues++;
        WriteIssue(IdentifyingText.Quotes(issue.Message, issue.Field) ? issue with { Message = IdentifyingText.Withheld(issue.RuleCode, issue.Field) } : issue);
    }

    protected abstract void WriteChild(ChildRecord child);
    protected abstract void WriteEpisode(EpisodeRecord episode);
    internal abstract void WriteBlock(ReturnBlock block);
    protected abstract void WriteIssue(ValidationIssue issue);

    /// <summary>Writes anything still buffered, the typed return tables' rows included.</summary>
    public void Flush()
    {
        FlushRows();
        ReturnTables.Flush();
    }

    protected abstract void FlushRows();

    public virtual void Dispose() => ReturnTables.Dispose();

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    protected static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd");

    protected static string? IsoMonth(DateOnly? date) => date?.ToString("yyyy-MM");
}
