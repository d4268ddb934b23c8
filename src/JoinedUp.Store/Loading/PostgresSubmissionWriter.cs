using System.Text;
using System.Data.Common;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using Npgsql;
using NpgsqlTypes;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Writes submissions into PostgreSQL with binary COPY, in batches, inside each load's transaction
/// (COPY joins the connection's open transaction).
/// </summary>
internal sealed class PostgresSubmissionWriter(DbConnection connection) : StoreSubmissionWriter(ReturnTableSink.Create(connection))
{
    private long _submissionId;

    private const int BatchSize = 20_000;
    private readonly NpgsqlConnection _connection = (NpgsqlConnection)connection;
    private readonly List<object?[]> _buffer = new(BatchSize);
    private string? _bufferedTable;

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["child"] = ["pseudonym", "sex", "birth_month", "ethnicity", "row_number"],
        ["episode"] = ["pseudonym", "start_date", "end_date", "reason_new_episode", "legal_status", "category_of_need", "placement_type",
            "placement_provider", "reason_ceased", "reason_place_change", "home_district", "placement_district", "urn", "row_number"],
        ["return_block"] = ["table_name", "first_row", "row_count", "columns", "rows"],
        ["validation_issue"] = ["rule_code", "message", "file", "table_name", "row_number", "pseudonym", "field", "severity"],
    };

    protected override void WriteChild(ChildRecord c) =>
        Buffer("child", c.Pseudonym, c.Sex, IsoMonth(c.BirthMonth), c.Ethnicity, c.RowNumber);

    protected override void WriteEpisode(EpisodeRecord e) =>
        Buffer("episode", e.Pseudonym, Iso(e.Start), Iso(e.End), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
            e.PlacementProvider, e.ReasonEpisodeCeased, e.ReasonPlacementChange, e.HomeDistrict, e.PlacementDistrict, e.Urn, e.RowNumber);

    internal override void WriteBlock(ReturnBlock b)
    {
        Buffer("return_block", b.Table, b.FirstRow, b.RowCount, b.Columns, Encoding.UTF8.GetString(b.Json));
        b.Release();
    }

    protected override void WriteIssue(ValidationIssue i) =>
        Buffer("validation_issue", i.RuleCode, i.Message, i.File, i.Table, i.Row, i.Child, i.Field, i.Severity.ToString());

    private void Buffer(string table, params object?[] row)
    {
        if (_bufferedTable != table || _buffer.Count >= BatchSize) Flush();
        _bufferedTable = table;
        _buffer.Add(row);
    }

    protected override void OnBegin(long submissionId)
    {
        // Rows still buffered belonged to a load that was discarded.
        _buffer.Clear();
        _bufferedTable = null;
        _submissionId = submissionId;
    }

    protected override void FlushRows()
    {
        if (_bufferedTable is null || _buffer.Count == 0) return;
        var columns = Columns[_bufferedTable];
        using (var importer = _connection.BeginBinaryImport(
            $"COPY {_bufferedTable} (submission_id, {string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _buffer)
            {
                importer.StartRow();
                importer.Write(_submissionId, NpgsqlDbType.Bigint);
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: importer.WriteNull(); break;
                        case int n: importer.Write(n, NpgsqlDbType.Integer); break;
                        case var v: importer.Write((string)v, NpgsqlDbType.Text); break;
                    }
                }
            }
            importer.Complete();
        }
        _buffer.Clear();
    }
}
