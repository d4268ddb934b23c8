namespace JoinedUp.Domain.Codes;

/// <summary>A published list of codes for one field of a return, with each code's meaning.</summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _meanings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public CodeList(string field, IEnumerable<(string Code, string Meaning)> codes)
    {
        Field = field;
        _meanings = codes.ToDictionary(c => c.Code, c => c.Meaning, StringComparer.Ordinal);
        _bySpan = _meanings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The return field the list belongs to, e.g. "LS" (legal status).</summary>
    public string Field { get; }

    public IReadOnlyCollection<string> Codes => _meanings.Keys;

    public bool Contains(string code) => _meanings.ContainsKey(code);

    /// <summary>The list's own string for a code read from a file, or null if it is not on the list (so a reader need not make one).</summary>
    public string? Find(ReadOnlySpan<char> code) => _bySpan.TryGetValue(code, out var known, out _) ? known : null;

    public string? MeaningOf(string code) => _meanings.GetValueOrDefault(code);
}
