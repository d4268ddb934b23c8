using JoinedUp.Domain.Children;

namespace JoinedUp.Store.Reading;

/// <summary>
/// An LA's SSDA903 return of one collection year as the store holds it (the current submission of that LA and year):
/// its children (pseudonym, sex, month of birth, ethnicity), episodes (postcodes as districts) and the rows of the
/// other tables, each with its row number in the LA's file. Read back for the previous-year rules of the next year.
/// </summary>
/// <param name="Tables">The tables the submission's files held (JoinedUp's table names: header, episodes, ...), even those with no rows.</param>
/// <param name="LoadedAt">When the submission was loaded (UTC, ISO 8601).</param>
public sealed record StoredSsda903Return(long SubmissionId, string La, int Year, string LoadedAt,
    IReadOnlyList<ChildRecord> Children, IReadOnlyList<EpisodeRecord> Episodes, IReadOnlyList<StoredReturnRow> Rows,
    IReadOnlyCollection<string> Tables);
