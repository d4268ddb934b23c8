using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Inserts rows into one SQLite table of a load through SQLite's own API (bind, step, reset) rather than ADO.NET
/// commands, which cost several times more per row, and <see cref="BatchRows"/> rows to a statement, so that the
/// table's cursors are opened once per batch. Values are bound as UTF-8 from a reused buffer. Rows wait in the batch
/// until it is full or <see cref="Flush"/> is called; the caller flushes before committing.
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    public const int BatchRows = 64;
    private readonly sqlite3 _database;
    private readonly int _columns;
    private readonly sqlite3_stmt _single;
    private readonly sqlite3_stmt _batch;
    private readonly object?[] _pending;
    private int _pendingRows;
    private byte[] _utf8 = new byte[256];

    public SqliteRowInserter(SqliteConnection connection, long submissionId, string table, IReadOnlyList<string> columns)
    {
        _database = connection.Handle!;
        _columns = columns.Count;
        _pending = new object?[BatchRows * _columns];
        var insert = $"INSERT INTO {table} (submission_id, {string.Join(", ", columns)}) VALUES ";
        string Row(int row) => $"({submissionId}, {string.Join(", ", Enumerable.Range(1, _columns).Select(c => "?" + (row * _columns + c)))})";
        Check(raw.sqlite3_prepare_v2(_database, insert + Row(0), out _single));
        Check(raw.sqlite3_prepare_v2(_database, insert + string.Join(", ", Enumerable.Range(0, BatchRows).Select(Row)), out _batch));
    }

    public void Add(params object?[] values)
    {
        if (values.Length != _columns) throw new ArgumentException($"{_columns} values expected, not {values.Length}.", nameof(values));
        values.CopyTo(_pending, _pendingRows * _columns);
        if (++_pendingRows == BatchRows) Run(_batch, BatchRows);
    }

    public void Flush()
    {
        var rows = _pendingRows;
        _pendingRows = 0;
        for (var row = 0; row < rows; row++)
        {
            Array.Copy(_pending, row * _columns, _pending, 0, _columns);
            _pendingRows = 1;
            Run(_single, 1);
        }
        Array.Clear(_pending);
    }

    private void Run(sqlite3_stmt statement, int rows)
    {
        for (var i = 0; i < rows * _columns; i++) Check(Bind(statement, i + 1, _pending[i]));
        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        Array.Clear(_pending, 0, rows * _columns);
        _pendingRows = 0;
        if (step != raw.SQLITE_DONE) Check(step);
    }

    private int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        int n => raw.sqlite3_bind_int(statement, index, n),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        bool b => raw.sqlite3_bind_int(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        decimal m => raw.sqlite3_bind_double(statement, index, (double)m),
        string text => BindText(statement, index, text),
        var other => BindText(statement, index, other.ToString() ?? ""),
    };

    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length) _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        var written = Encoding.UTF8.GetBytes(text, _utf8);
        // SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer can be reused for the next value.
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, written));
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new StoreException($"SQLite refused a row: {raw.sqlite3_errmsg(_database).utf8_to_string()} (code {result}).");
    }

    public void Dispose()
    {
        _single.Dispose();
        _batch.Dispose();
    }
}
