namespace JoinedUp.Ingest.Tables;

/// <summary>
/// A table of a return as the DfE specifies it. <see cref="Signature"/> holds the columns that tell this table apart
/// from the others when a file is recognised by its content.
/// </summary>
public sealed class TableSpec
{
    private readonly Dictionary<string, int> _index;

    public TableSpec(string name, string[] signature, params FieldSpec[] fields)
    {
        Name = name;
        Signature = signature;
        Fields = fields;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            _index[fields[i].Name] = i;
            foreach (var alias in fields[i].Aliases) _index[alias] = i;
        }
    }

    /// <summary>The table's name in JoinedUp (header, episodes, reviews...).</summary>
    public string Name { get; }

    public IReadOnlyList<string> Signature { get; }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>Index of a field by its name or alias, already normalised (see <see cref="HeaderNames"/>).</summary>
    public int IndexOf(string normalisedName) => _index.GetValueOrDefault(normalisedName, -1);

    public int this[string fieldName] => _index[fieldName];
}
