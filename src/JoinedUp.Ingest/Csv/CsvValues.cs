namespace JoinedUp.Ingest.Csv;

/// <summary>
/// The values of a submission's CSV files as strings, keeping a single copy of each short value: a return repeats the same codes,
/// dates and child IDs on thousands of rows, and making a new string for every cell is most of what reading costs.
/// Blank is null. The pool is bounded and starts again when full, so memory does not grow with the file.
/// </summary>
public sealed class CsvValues
{
    private const int LongestPooled = 32;
    private const int MostPooled = 1 << 16;
    private readonly HashSet<string> _pool = new(4_096, StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CsvValues() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public string? Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return null;
        if (value.Length > LongestPooled) return value.ToString();
        if (_lookup.TryGetValue(value, out var known)) return known;
        if (_pool.Count == MostPooled) _pool.Clear();
        var made = value.ToString();
        _pool.Add(made);
        return made;
    }
}
