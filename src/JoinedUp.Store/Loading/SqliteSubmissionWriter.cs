using System.Data.Common;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Store.Loading;

/// <summary>Writes a submission into SQLite, a batched inserter per table, inside the load's transaction.</summary>
internal sealed class SqliteSubmissionWriter : StoreSubmissionWriter
{
    private readonly SqliteRowInserter _child;
    private readonly SqliteRowInserter _episode;
    private readonly SqliteRowInserter _record;
    private readonly SqliteRowInserter _issue;

    public SqliteSubmissionWriter(DbConnection connection, DbTransaction transaction, long submissionId)
    {
        // The statements run inside the load's transaction, which is already open on this connection.
        _ = transaction;
        var sqlite = (SqliteConnection)connection;
        _child = new SqliteRowInserter(sqlite, submissionId, "child", ["pseudonym", "sex", "birth_month", "ethnicity", "row_number"]);
        _episode = new SqliteRowInserter(sqlite, submissionId, "episode", ["pseudonym", "start_date", "end_date", "reason_new_episode",
            "legal_status", "category_of_need", "placement_type", "placement_provider", "reason_ceased", "reason_place_change",
            "home_district", "placement_district", "urn", "row_number"]);
        _record = new SqliteRowInserter(sqlite, submissionId, "return_record", ["table_name", "pseudonym", "row_number", "fields"]);
        _issue = new SqliteRowInserter(sqlite, submissionId, "validation_issue", ["rule_code", "message", "file", "table_name",
            "row_number", "pseudonym", "field", "severity"]);
    }

    protected override void WriteChild(ChildRecord c) =>
        _child.Add(c.Pseudonym, c.Sex, IsoMonth(c.BirthMonth), c.Ethnicity, c.RowNumber);

    protected override void WriteEpisode(EpisodeRecord e) =>
        _episode.Add(e.Pseudonym, Iso(e.Start), Iso(e.End), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
            e.PlacementProvider, e.ReasonEpisodeCeased, e.ReasonPlacementChange, e.HomeDistrict, e.PlacementDistrict, e.Urn, e.RowNumber);

    protected override void WriteRecord(string table, string? pseudonym, int rowNumber, string fieldsJson) =>
        _record.Add(table, pseudonym, rowNumber, fieldsJson);

    protected override void WriteIssue(ValidationIssue i) =>
        _issue.Add(i.RuleCode, i.Message, i.File, i.Table, i.Row, i.Child, i.Field, i.Severity.ToString());

    public override void Flush()
    {
        _child.Flush();
        _episode.Flush();
        _record.Flush();
        _issue.Flush();
    }

    public override void Dispose()
    {
        base.Dispose();
        _child.Dispose();
        _episode.Dispose();
        _record.Dispose();
        _issue.Dispose();
    }
}
