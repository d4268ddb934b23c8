using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Importing;

/// <summary>A submission writer that keeps nothing: validation without a store.</summary>
public sealed class DiscardingWriter : ISubmissionWriter
{
    public void AddChild(ChildRecord child) { }
    public void AddEpisode(EpisodeRecord episode) { }
    public void AddRecord(string table, string? pseudonym, int rowNumber, IReadOnlyList<KeyValuePair<string, string?>> fields) { }
    public void AddRow(string table, object?[] values) { }
    public void AddIssue(ValidationIssue issue) { }
}
