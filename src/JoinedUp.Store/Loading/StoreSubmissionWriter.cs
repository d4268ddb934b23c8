using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Store.Loading;

/// <summary>Counts what a load writes; the engine-specific writers do the writing.</summary>
public abstract class StoreSubmissionWriter : ISubmissionWriter, IDisposable
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

    public void AddRecord(string table, string? pseudonym, int rowNumber, IReadOnlyDictionary<string, string?> fields) =>
        AddRecordJson(table, pseudonym, rowNumber, RecordJson.Write(fields));

    /// <summary>A row of another table whose fields are already JSON (made on the reading thread).</summary>
    internal void AddRecordJson(string table, string? pseudonym, int rowNumber, string fieldsJson)
    {
        Counts.Records++;
        WriteRecord(table, pseudonym, rowNumber, fieldsJson);
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
    protected abstract void WriteRecord(string table, string? pseudonym, int rowNumber, string fieldsJson);
    protected abstract void WriteIssue(ValidationIssue issue);

    /// <summary>Writes anything still buffered.</summary>
    public abstract void Flush();

    public virtual void Dispose() => ReturnTables?.Dispose();

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    protected static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd");

    protected static string? IsoMonth(DateOnly? date) => date?.ToString("yyyy-MM");
}
