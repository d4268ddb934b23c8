using System.Buffers;
using System.Text.Json;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Gathers rows of one small SSDA903 table into <see cref="ReturnBlock"/>s of up to <see cref="MaxRows"/> rows or
/// about <see cref="MaxBytes"/> bytes, written as JSON straight from the cleaned fields on the reading thread.
/// The column names are written once per block rather than once per value. A row whose fields differ in name from
/// the block's starts a new block.
/// </summary>
internal sealed class ReturnBlockBuilder : IDisposable
{
    public const int MaxRows = 1_000;
    public const int MaxBytes = 48 * 1024;
    private readonly string _table;
    private readonly RentedBufferWriter _buffer = new(MaxBytes + 4_096);
    private readonly Utf8JsonWriter _json;
    private readonly List<string> _names = [];
    private string? _columns;
    private int _firstRow;
    private int _rows;

    public ReturnBlockBuilder(string table)
    {
        _table = table;
        // Values are never invalid here, and checking the writer's state costs on every one of millions of values.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public bool IsEmpty => _rows == 0;

    /// <summary>Adds a row; returns the block it completed, if any (the full one, or the one a differently shaped row ends).</summary>
    public ReturnBlock? Add(string? pseudonym, int rowNumber, IReadOnlyList<KeyValuePair<string, string?>> fields)
    {
        ReturnBlock? completed = null;
        if (_rows > 0 && !SameNames(fields)) completed = Close();
        if (_rows == 0) Open(rowNumber, fields);
        _json.WriteStartArray();
        // Rows are numbered from the block's first row: small numbers, and no file row number in the text.
        _json.WriteNumberValue(rowNumber - _firstRow);
        _json.WriteStringValue(pseudonym);
        for (var i = 0; i < fields.Count; i++) _json.WriteStringValue(fields[i].Value);
        _json.WriteEndArray();
        _rows++;
        _json.Flush();
        if (completed is null && (_rows == MaxRows || _buffer.WrittenCount >= MaxBytes)) completed = Close();
        return completed;
    }

    /// <summary>The rows gathered so far as a block; the builder starts afresh.</summary>
    public ReturnBlock Close()
    {
        if (_rows == 0) throw new InvalidOperationException($"No rows of {_table} are waiting.");
        _json.WriteEndArray();
        _json.Flush();
        var rows = ArrayPool<byte>.Shared.Rent(_buffer.WrittenCount);
        _buffer.WrittenSpan.CopyTo(rows);
        var block = new ReturnBlock(_table, _firstRow, _rows, _columns!, rows, _buffer.WrittenCount);
        _buffer.Reset();
        _json.Reset(_buffer);
        _rows = 0;
        return block;
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    private void Open(int rowNumber, IReadOnlyList<KeyValuePair<string, string?>> fields)
    {
        _firstRow = rowNumber;
        if (_columns is null || !SameNames(fields))
        {
            _names.Clear();
            for (var i = 0; i < fields.Count; i++) _names.Add(fields[i].Key);
            _columns = JsonSerializer.Serialize(new[] { "row_offset", "child" }.Concat(_names));
        }
        _json.WriteStartArray();
    }

    private bool SameNames(IReadOnlyList<KeyValuePair<string, string?>> fields)
    {
        if (fields.Count != _names.Count) return false;
        for (var i = 0; i < fields.Count; i++)
            if (!string.Equals(fields[i].Key, _names[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
