using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Inserts rows into one SQLite table of a load, <see cref="DefaultBatchRows"/> rows to a statement (one for tables of
/// large rows, whose values are better not held many at a time), through SQLite's own
/// bind and step calls (<see cref="SqliteNative"/>) rather than ADO.NET commands, which cost several times more per
/// row. A row is given value by value (<see cref="Text(string?)"/>, <see cref="Date"/>, <see cref="Integer"/>...,
/// then <see cref="EndRow"/>): text is encoded once into a buffer that SQLite reads in place when the batch runs, so
/// a row allocates nothing. Rows wait until the batch is full or <see cref="Flush"/> is called; the caller flushes
/// before committing.
/// </summary>
internal sealed unsafe class SqliteRowInserter : IDisposable
{
    public const int DefaultBatchRows = 64;

    private enum CellKind : byte
    {
        Null,
        Integer,
        Real,
        Text,
    }

    private struct Cell
    {
        public CellKind Kind;
        public long Integer;
        public double Real;
        public int Offset;
        public int Length;
    }

    private readonly sqlite3 _database;
    private readonly string _table;
    private readonly int _columns;
    private readonly int _batchRows;
    private readonly sqlite3_stmt _single;
    private readonly sqlite3_stmt _batch;
    private readonly Cell[] _cells;
    private int _filled;
    private byte[] _text = new byte[16 * 1024];
    private int _textLength;

    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns, int batchRows = DefaultBatchRows)
    {
        _batchRows = batchRows;
        _database = connection.Handle!;
        _table = table;
        // The submission's ID leads every row; the statements are prepared once and serve load after load.
        _columns = columns.Count + 1;
        _cells = new Cell[batchRows * _columns];
        // OR FAIL: a failing row stops the statement without undoing its earlier rows, which spares SQLite a statement
        // journal (a copy of every page the statement touches); any failure rolls back the whole load anyway.
        var insert = $"INSERT OR FAIL INTO {table} (submission_id, {string.Join(", ", columns)}) VALUES ";
        string Row(int row) => $"({string.Join(", ", Enumerable.Range(1, _columns).Select(c => "?" + (row * _columns + c)))})";
        Check(raw.sqlite3_prepare_v2(_database, insert + Row(0), out _single));
        Check(raw.sqlite3_prepare_v2(_database, insert + string.Join(", ", Enumerable.Range(0, batchRows).Select(Row)), out _batch));
    }

    /// <summary>
    /// The submission the rows belong to, written as the first column of each. Setting it drops any rows still
    /// waiting: they belonged to a load that was discarded.
    /// </summary>
    public long SubmissionId
    {
        get => _submissionId;
        set
        {
            _submissionId = value;
            _filled = 0;
            _textLength = 0;
        }
    }

    private long _submissionId;

    public SqliteRowInserter Null() => Put(new Cell { Kind = CellKind.Null });

    public SqliteRowInserter Integer(long? value) =>
        value is { } n ? Put(new Cell { Kind = CellKind.Integer, Integer = n }) : Null();

    public SqliteRowInserter Real(double? value) =>
        value is { } d ? Put(new Cell { Kind = CellKind.Real, Real = d }) : Null();

    public SqliteRowInserter Text(string? value)
    {
        if (value is null) return Null();
        var span = Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        return PutText(Encoding.UTF8.GetBytes(value, span));
    }

    /// <summary>Text already encoded as UTF-8.</summary>
    public SqliteRowInserter Utf8(ReadOnlySpan<byte> text)
    {
        text.CopyTo(Reserve(text.Length));
        return PutText(text.Length);
    }

    /// <summary>A date as ISO text (yyyy-MM-dd), the form every date takes in the store.</summary>
    public SqliteRowInserter Date(DateOnly? value) => Formatted(value, "yyyy-MM-dd");

    /// <summary>A date kept only to its month (yyyy-MM), as dates of birth are.</summary>
    public SqliteRowInserter Month(DateOnly? value) => Formatted(value, "yyyy-MM");

    private SqliteRowInserter Formatted(DateOnly? value, string format)
    {
        if (value is not { } date) return Null();
        date.TryFormat(Reserve(16), out var written, format, CultureInfo.InvariantCulture);
        return PutText(written);
    }

    /// <summary>Ends the row begun by the values given since the last one; runs the batch when it is full.</summary>
    public void EndRow()
    {
        if (_filled % _columns != 0)
            throw new ArgumentException($"A row of {_table} takes {_columns - 1} values; {_filled % _columns - 1} were given.");
        if (_filled == _cells.Length) Run(_batch, 0, _batchRows);
    }

    /// <summary>A whole row as values: text, whole numbers, decimals, booleans (as 0 or 1) or null.</summary>
    public void Add(IReadOnlyList<object?> values)
    {
        if (values.Count != _columns - 1) throw new ArgumentException($"A row of {_table} takes {_columns - 1} values, not {values.Count}.", nameof(values));
        foreach (var value in values)
        {
            _ = value switch
            {
                null => Null(),
                int n => Integer(n),
                long n => Integer(n),
                bool b => Integer(b ? 1 : 0),
                double d => Real(d),
                decimal m => Real((double)m),
                string text => Text(text),
                var other => Text(Convert.ToString(other, CultureInfo.InvariantCulture)),
            };
        }
        EndRow();
    }

    /// <summary>Writes the rows still waiting, one statement each.</summary>
    public void Flush()
    {
        if (_filled % _columns != 0) throw new InvalidOperationException($"A row of {_table} was left unfinished.");
        var rows = _filled / _columns;
        for (var row = 0; row < rows; row++) Run(_single, row, 1, clear: row == rows - 1);
    }

    private SqliteRowInserter Put(Cell cell)
    {
        if (_filled == _cells.Length)
            throw new ArgumentException($"A row of {_table} takes {_columns - 1} values; more were given.");
        if (_filled % _columns == 0) _cells[_filled++] = new Cell { Kind = CellKind.Integer, Integer = SubmissionId };
        _cells[_filled++] = cell;
        return this;
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_text.Length - _textLength < bytes) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + bytes));
        return _text.AsSpan(_textLength, bytes);
    }

    private SqliteRowInserter PutText(int length)
    {
        Put(new Cell { Kind = CellKind.Text, Offset = _textLength, Length = length });
        _textLength += length;
        return this;
    }

    private void Run(sqlite3_stmt statement, int firstRow, int rows, bool clear = true)
    {
        var handle = statement.DangerousGetHandle();
        fixed (byte* text = _text)
        {
            var first = firstRow * _columns;
            for (var i = 0; i < rows * _columns; i++)
            {
                ref var cell = ref _cells[first + i];
                var index = i + 1;
                Check(cell.Kind switch
                {
                    CellKind.Integer => SqliteNative.BindInteger(handle, index, cell.Integer),
                    CellKind.Real => SqliteNative.BindReal(handle, index, cell.Real),
                    CellKind.Text => SqliteNative.BindText(handle, index, text + cell.Offset, cell.Length, SqliteNative.Static),
                    _ => SqliteNative.BindNull(handle, index),
                });
            }
            // The text is bound in place (not copied), so the statement runs and is reset while the buffer is pinned.
            var step = SqliteNative.Step(handle);
            SqliteNative.Reset(handle);
            if (step != raw.SQLITE_DONE) Check(step);
        }
        if (!clear) return;
        _filled = 0;
        _textLength = 0;
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new StoreException($"SQLite refused a row of {_table}: {raw.sqlite3_errmsg(_database).utf8_to_string()} (code {result}).");
    }

    public void Dispose()
    {
        _single.Dispose();
        _batch.Dispose();
    }
}
