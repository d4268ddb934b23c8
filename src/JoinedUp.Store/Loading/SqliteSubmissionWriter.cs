using System.Data.Common;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using Microsoft.Data.Sqlite;

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
        var sqlite = (SqliteConnection)connection;
        var tx = (SqliteTransaction)transaction;
        _child = new PreparedInsert(sqlite, tx, submissionId, "child", "pseudonym", "sex", "birth_month", "ethnicity", "row_number");
        _episode = new PreparedInsert(sqlite, tx, submissionId, "episode", "pseudonym", "start_date", "end_date", "reason_new_episode",
            "legal_status", "category_of_need", "placement_type", "placement_provider", "reason_ceased", "reason_place_change",
            "home_district", "placement_district", "urn", "row_number");
        _record = new PreparedInsert(sqlite, tx, submissionId, "return_record", "table_name", "pseudonym", "row_number", "fields");
        _issue = new PreparedInsert(sqlite, tx, submissionId, "validation_issue", "rule_code", "message", "file", "table_name",
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

    private sealed class PreparedInsert
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, long submissionId, string table, params string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO {table} (submission_id, {string.Join(", ", columns)}) VALUES ({submissionId}, {string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            _parameters = columns.Select((_, i) => _command.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
            foreach (var p in _parameters) p.Value = DBNull.Value;
            _command.Prepare();
        }

        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var p = _parameters[i];
                switch (values[i])
                {
                    case null: p.SqliteType = SqliteType.Text; p.Value = DBNull.Value; break;
                    case int n: p.SqliteType = SqliteType.Integer; p.Value = n; break;
                    case var v: p.SqliteType = SqliteType.Text; p.Value = v; break;
                }
            }
            _command.ExecuteNonQuery();
        }
    }
}
