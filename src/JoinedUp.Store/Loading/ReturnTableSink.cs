using System.Data.Common;
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
    public abstract void Write(string table, object?[] values);

    public abstract void Flush();

    public virtual void Dispose()
    {
    }

    public static ReturnTableSink Create(StoreEngine engine, DbConnection connection, DbTransaction transaction, long submissionId) =>
        engine == StoreEngine.Sqlite
            ? new SqliteSink((SqliteConnection)connection, submissionId)
            : new PostgresSink((NpgsqlConnection)connection, submissionId);

    private static string[] ColumnsOf(string table) =>
        ReturnTables.Columns.TryGetValue(table, out var columns) ? columns : throw new ArgumentException($"'{table}' is not a typed return table.", nameof(table));

    private sealed class SqliteSink(SqliteConnection connection, long submissionId) : ReturnTableSink
    {
        private readonly Dictionary<string, SqliteRowInserter> _inserts = new(StringComparer.Ordinal);

        public override void Write(string table, object?[] values)
        {
            if (!_inserts.TryGetValue(table, out var insert))
                _inserts[table] = insert = new SqliteRowInserter(connection, submissionId, table, ColumnsOf(table));
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

    private sealed class PostgresSink(NpgsqlConnection connection, long submissionId) : ReturnTableSink
    {
        private const int BatchSize = 20_000;
        private readonly Dictionary<string, List<object?[]>> _buffers = new(StringComparer.Ordinal);

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
            using (var importer = connection.BeginBinaryImport($"COPY {table} (submission_id, {string.Join(", ", ColumnsOf(table))}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in rows)
                {
                    importer.StartRow();
                    importer.Write(submissionId, NpgsqlDbType.Bigint);
                    foreach (var value in row)
                    {
                        switch (value)
                        {
                            case null: importer.WriteNull(); break;
                            case int n: importer.Write((long)n, NpgsqlDbType.Bigint); break;
                            case long n: importer.Write(n, NpgsqlDbType.Bigint); break;
                            case bool b: importer.Write(b ? 1L : 0L, NpgsqlDbType.Bigint); break;
                            case double d: importer.Write(d, NpgsqlDbType.Double); break;
                            case decimal m: importer.Write((double)m, NpgsqlDbType.Double); break;
                            case var v: importer.Write(v.ToString()!, NpgsqlDbType.Text); break;
                        }
                    }
                }
                importer.Complete();
            }
            rows.Clear();
        }
    }
}
