using System.Data.Common;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JoinedUp.Store.Loading;

/// <summary>Writes a submission into SQLite with one prepared statement per table, inside the load's transaction.</summary>
internal sealed class SqliteSubmissionWriter : StoreSubmissionWriter
{
    private readonly PreparedInsert _child;
    private readonly PreparedInsert _episode;
    private readonly PreparedInsert _record;
    private readonly PreparedInsert _issue;

    public SqliteSubmissionWriter(DbConnection connection, DbTransaction transaction, long submissionId)
    {
        // The statements run inside the load's transaction, which is already open on this connection.
        _ = transaction;
        var sqlite = (SqliteConnection)connection;
        _child = new PreparedInsert(sqlite, submissionId, "child", "pseudonym", "sex", "birth_month", "ethnicity", "row_number");
        _episode = new PreparedInsert(sqlite, submissionId, "episode", "pseudonym", "start_date", "end_date", "reason_new_episode",
            "legal_status", "category_of_need", "placement_type", "placement_provider", "reason_ceased", "reason_place_change",
            "home_district", "placement_district", "urn", "row_number");
        _record = new PreparedInsert(sqlite, submissionId, "return_record", "table_name", "pseudonym", "row_number", "fields");
        _issue = new PreparedInsert(sqlite, submissionId, "validation_issue", "rule_code", "message", "file", "table_name",
            "row_number", "pseudonym", "field", "severity");
    }

    protected override void WriteChild(ChildRecord c) =>
        _child.Run(c.Pseudonym, c.Sex, IsoMonth(c.BirthMonth), c.Ethnicity, c.RowNumber);

    protected override void WriteEpisode(EpisodeRecord e) =>
        _episode.Run(e.Pseudonym, Iso(e.Start), Iso(e.End), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
            e.PlacementProvider, e.ReasonEpisodeCeased, e.ReasonPlacementChange, e.HomeDistrict, e.PlacementDistrict, e.Urn, e.RowNumber);

    protected override void WriteRecord(string table, string? pseudonym, int rowNumber, string fieldsJson) =>
        _record.Run(table, pseudonym, rowNumber, fieldsJson);

    protected override void WriteIssue(ValidationIssue i) =>
        _issue.Run(i.RuleCode, i.Message, i.File, i.Table, i.Row, i.Child, i.Field, i.Severity.ToString());

    public override void Flush()
    {
    }

    public override void Dispose()
    {
        _child.Dispose();
        _episode.Dispose();
        _record.Dispose();
        _issue.Dispose();
    }

    /// <summary>
    /// One INSERT prepared once and run per row through SQLite's own API (bind, step, reset): the ADO.NET command
    /// path costs several times more per row than SQLite itself, and loads write millions of rows.
    /// </summary>
    private sealed class PreparedInsert : IDisposable
    {
        private readonly sqlite3 _database;
        private readonly sqlite3_stmt _statement;

        public PreparedInsert(SqliteConnection connection, long submissionId, string table, params string[] columns)
        {
            _database = connection.Handle!;
            var sql = $"INSERT INTO {table} (submission_id, {string.Join(", ", columns)}) VALUES ({submissionId}, {string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
            Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        }

        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var result = values[i] switch
                {
                    null => raw.sqlite3_bind_null(_statement, i + 1),
                    int n => raw.sqlite3_bind_int(_statement, i + 1, n),
                    string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                    var other => raw.sqlite3_bind_text(_statement, i + 1, other.ToString()),
                };
                Check(result);
            }
            var step = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (step != raw.SQLITE_DONE) Check(step);
        }

        private void Check(int result)
        {
            if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
                throw new StoreException($"SQLite refused a row: {raw.sqlite3_errmsg(_database).utf8_to_string()} (code {result}).");
        }

        public void Dispose() => _statement.Dispose();
    }
}
