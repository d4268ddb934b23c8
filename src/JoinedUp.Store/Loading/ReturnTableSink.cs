using System.Data.Common;
using System.Globalization;
using Dapper;
using JoinedUp.Store.Location;
using JoinedUp.Store.Returns;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Writes rows of the typed return tables (<see cref="ReturnTables"/>) inside a load's transaction: batched inserts on
/// SQLite, buffered binary COPY on PostgreSQL.
/// </summary>
internal abstract class ReturnTableSink : IDisposable
{
    /// <summary>The submission the next rows belong to (each load begins it).</summary>
    public abstract void Begin(long submissionId);

    public abstract void Write(string table, object?[] values);

    public abstract void Flush();

    public virtual void Dispose()
    {
    }

    public static ReturnTableSink Create(DbConnection connection) =>
        connection is SqliteConnection sqlite ? new SqliteSink(sqlite) : new PostgresSink((NpgsqlConnection)connection);

    private static string[] ColumnsOf(string table) =>
        ReturnTables.Columns.TryGetValue(table, out var columns) ? columns : throw new ArgumentException($"'{table}' is not a typed return table.", nameof(table));

    private sealed class SqliteSink(SqliteConnection connection) : ReturnTableSink
    {
        private readonly Dictionary<string, SqliteRowInserter> _inserts = new(StringComparer.Ordinal);
        private long _submissionId;

        public override void Begin(long submissionId)
        {
            _submissionId = submissionId;
            foreach (var insert in _inserts.Values) insert.SubmissionId = submissionId;
        }

        public override void Write(string table, object?[] values)
        {
            if (!_inserts.TryGetValue(table, out var insert))
                _inserts[table] = insert = new SqliteRowInserter(connection, table, ColumnsOf(table)) { SubmissionId = _submissionId };
            insert.Add(values);
        }

        public override void Flush()
        {
            foreach (var insert in _inserts.Values) insert.Flush();
        }

        public override void Dispose()
        {
            foreach (var insert in _inserts.Values) insert.Dispose();
        }
    }

    private sealed class PostgresSink(NpgsqlConnection connection) : ReturnTableSink
    {
        private long _submissionId;

        public override void Begin(long submissionId)
        {
            // Rows still buffered belonged to a load that was discarded.
            foreach (var buffer in _buffers.Values) buffer.Clear();
            _submissionId = submissionId;
        }

        private const int BatchSize = 20_000;
        private readonly Dictionary<string, List<object?[]>> _buffers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NpgsqlDbType[]> _types = new(StringComparer.Ordinal);

        /// <summary>Binary COPY must send each value in its column's own type (int4 is not int8), so the types are read from the catalogue.</summary>
        private NpgsqlDbType[] TypesOf(string table)
        {
            if (_types.TryGetValue(table, out var known)) return known;
            var declared = connection.Query<(string Column, string Type)>(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table",
                new { table }).ToDictionary(c => c.Column, c => c.Type);
            var types = ColumnsOf(table).Select(column => declared[column] switch
            {
                "integer" => NpgsqlDbType.Integer,
                "bigint" => NpgsqlDbType.Bigint,
                "smallint" => NpgsqlDbType.Smallint,
                "real" => NpgsqlDbType.Real,
                "double precision" => NpgsqlDbType.Double,
                _ => NpgsqlDbType.Text,
            }).ToArray();
            _types[table] = types;
            return types;
        }

        public override void Write(string table, object?[] values)
        {
            if (!_buffers.TryGetValue(table, out var buffer)) _buffers[table] = buffer = new List<object?[]>();
            if (values.Length != ColumnsOf(table).Length)
                throw new ArgumentException($"{table} takes {ColumnsOf(table).Length} values, not {values.Length}.", nameof(values));
            buffer.Add(values);
            if (buffer.Count >= BatchSize) Copy(table, buffer);
        }

        public override void Flush()
        {
            foreach (var (table, buffer) in _buffers) Copy(table, buffer);
        }

        private void Copy(string table, List<object?[]> rows)
        {
            if (rows.Count == 0) return;
            var types = TypesOf(table);
            using (var importer = connection.BeginBinaryImport($"COPY {table} (submission_id, {string.Join(", ", ColumnsOf(table))}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in rows)
                {
                    importer.StartRow();
                    importer.Write(_submissionId, NpgsqlDbType.Bigint);
                    for (var i = 0; i < row.Length; i++)
                    {
                        var value = row[i] is bool b ? (b ? 1 : 0) : row[i];
                        switch (value is null ? (NpgsqlDbType?)null : types[i])
                        {
                            case null: importer.WriteNull(); break;
                            case NpgsqlDbType.Integer: importer.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
                            case NpgsqlDbType.Bigint: importer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
                            case NpgsqlDbType.Smallint: importer.Write(Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint); break;
                            case NpgsqlDbType.Real: importer.Write(Convert.ToSingle(value, CultureInfo.InvariantCulture), NpgsqlDbType.Real); break;
                            case NpgsqlDbType.Double: importer.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double); break;
                            default: importer.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text); break;
                        }
                    }
                }
                importer.Complete();
            }
            rows.Clear();
        }
    }
}
