using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Domain.Returns;

/// <summary>
/// Receives one submission's cleaned, pseudonymised content as it streams out of a reader.
/// Everything written is kept only if the load completes; an exception discards all of it.
/// </summary>
public interface ISubmissionWriter
{
    void AddChild(ChildRecord child);

    void AddEpisode(EpisodeRecord episode);

    /// <summary>
    /// A row of any other table of the return, with identifiers already removed or degraded: its fields by name, in
    /// the table's order. The fields are read during the call only; the caller may reuse the list for the next row.
    /// </summary>
    void AddRecord(string table, string? pseudonym, int rowNumber, IReadOnlyList<KeyValuePair<string, string?>> fields);

    /// <summary>
    /// A row of one of the store's typed return tables (cin_referral, sen2_request, snapshot_placement...), values in the
    /// order of that table's columns (see the store's ReturnTables): text, whole numbers, decimals or null, identifiers
    /// already pseudonymised and dates as ISO text.
    /// </summary>
    void AddRow(string table, object?[] values);

    /// <summary>A rule failure, with the child given as pseudonym, never in clear.</summary>
    void AddIssue(ValidationIssue issue);
}
