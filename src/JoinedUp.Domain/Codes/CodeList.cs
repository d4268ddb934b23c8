namespace JoinedUp.Domain.Codes;

/// <summary>A published list of codes for one field of a return, with each code's meaning.</summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _meanings;

    public CodeList(string field, IEnumerable<(string Code, string Meaning)> codes)
    {
        Field = field;
        _meanings = codes.ToDictionary(c => c.Code, c => c.Meaning, StringComparer.Ordinal);
    }

    /// <summary>The return field the list belongs to, e.g. "LS" (legal status).</summary>
    public string Field { get; }

    public IReadOnlyCollection<string> Codes => _meanings.Keys;

    public bool Contains(string code) => _meanings.ContainsKey(code);

    public string? MeaningOf(string code) => _meanings.GetValueOrDefault(code);
}
