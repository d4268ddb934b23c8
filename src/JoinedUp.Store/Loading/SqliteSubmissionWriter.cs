using System.Data.Common;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Writes submissions into SQLite, a batched inserter per table, inside each load's transaction. Made once per
/// connection: its statements are prepared once and serve every load on it.
/// </summary>
internal sealed class SqliteSubmissionWriter : StoreSubmissionWriter
{
    private readonly SqliteRowInserter _child;
    private readonly SqliteRowInserter _episode;
    private readonly SqliteRowInserter _block;
    private readonly SqliteRowInserter _issue;

    public SqliteSubmissionWriter(DbConnection connection)
        : base(ReturnTableSink.Create(connection))
    {
        var sqlite = (SqliteConnection)connection;
        _child = new SqliteRowInserter(sqlite, "child", ["pseudonym", "sex", "birth_month", "ethnicity", "row_number"]);
        _episode = new SqliteRowInserter(sqlite, "episode", ["pseudonym", "start_date", "end_date", "reason_new_episode",
            "legal_status", "category_of_need", "placement_type", "placement_provider", "reason_ceased", "reason_place_change",
            "home_district", "placement_district", "urn", "row_number"]);
        _block = new SqliteRowInserter(sqlite, "return_block", ["table_name", "first_row", "row_count", "columns", "rows"], batchRows: 1);
        _issue = new SqliteRowInserter(sqlite, "validation_issue", ["rule_code", "message", "file", "table_name",
            "row_number", "pseudonym", "field", "severity"]);
    }

    protected override void WriteChild(ChildRecord c) =>
        _child.Text(c.Pseudonym).Integer(c.Sex).Month(c.BirthMonth).Text(c.Ethnicity).Integer(c.RowNumber).EndRow();

    protected override void WriteEpisode(EpisodeRecord e) =>
        _episode.Text(e.Pseudonym).Date(e.Start).Date(e.End).Text(e.ReasonNewEpisode).Text(e.LegalStatus).Text(e.CategoryOfNeed)
            .Text(e.PlacementType).Text(e.PlacementProvider).Text(e.ReasonEpisodeCeased).Text(e.ReasonPlacementChange)
            .Text(e.HomeDistrict).Text(e.PlacementDistrict).Text(e.Urn).Integer(e.RowNumber).EndRow();

    internal override void WriteBlock(ReturnBlock b)
    {
        // The inserter copies the bytes, so the block's buffer goes back to the pool at once.
        _block.Text(b.Table).Integer(b.FirstRow).Integer(b.RowCount).Text(b.Columns).Utf8(b.Json).EndRow();
        b.Release();
    }

    protected override void WriteIssue(ValidationIssue i) =>
        _issue.Text(i.RuleCode).Text(i.Message).Text(i.File).Text(i.Table).Integer(i.Row).Text(i.Child).Text(i.Field)
            .Text(i.Severity.ToString()).EndRow();

    protected override void OnBegin(long submissionId)
    {
        foreach (var inserter in new[] { _child, _episode, _block, _issue }) inserter.SubmissionId = submissionId;
    }

    protected override void FlushRows()
    {
        _child.Flush();
        _episode.Flush();
        _block.Flush();
        _issue.Flush();
    }

    public override void Dispose()
    {
        base.Dispose();
        _child.Dispose();
        _episode.Dispose();
        _block.Dispose();
        _issue.Dispose();
    }
}
