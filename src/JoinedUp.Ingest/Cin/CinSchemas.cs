using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Ingest.Cin;

/// <summary>
/// The DfE's CIN census XSD for each collection year (CIN_schema_YYYY.xsd), compiled once and shared. They ship with
/// JoinedUp (Cin/Schemas, copied to schemas/cin-census beside the program); JOINEDUP_CIN_SCHEMAS names another folder,
/// for a year published after this build. Schemas are loaded with no resolver: an XSD cannot
/// pull anything from outside.
/// </summary>
public static class CinSchemas
{
    private static readonly ConcurrentDictionary<int, Lazy<XmlSchemaSet?>> Cache = new();

    public static IReadOnlyList<int> Years => Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "CIN_schema_*.xsd")
        .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f)["CIN_schema_".Length..], out var y) ? y : 0)
        .Where(y => y > 0).Order().ToList() : [];

    /// <summary>The compiled schema for a collection year, or null when the DfE published none that JoinedUp holds.</summary>
    public static XmlSchemaSet? For(int year) => Cache.GetOrAdd(year, y => new Lazy<XmlSchemaSet?>(() => Load(y))).Value;

    private static XmlSchemaSet? Load(int year)
    {
        var path = Path.Combine(Folder, $"CIN_schema_{year}.xsd");
        if (!File.Exists(path)) return null;
        var set = new XmlSchemaSet { XmlResolver = null };
        XmlSchema schema;
        using (var reader = XmlReader.Create(path, SafeXml.Settings()))
            schema = XmlSchema.Read(reader, null) ?? throw new XmlSchemaException($"{path} holds no schema.");
        AcceptBooleanWords(schema);
        set.Add(schema);
        set.Compile();
        return set;
    }

    /// <summary>
    /// The DfE's yes/no type allows 0 and 1 only, but LA systems commonly export xs:boolean words (the public sample
    /// does); "true" and "false" are accepted too, and <see cref="CinChildRules"/> flags them.
    /// </summary>
    private static void AcceptBooleanWords(XmlSchema schema)
    {
        foreach (var type in schema.Items.OfType<XmlSchemaSimpleType>().Where(t => t.Name == YesNoType))
            if (type.Content is XmlSchemaSimpleTypeRestriction restriction)
                foreach (var word in new[] { "true", "false" })
                    restriction.Facets.Add(new XmlSchemaEnumerationFacet { Value = word });
    }

    public const string YesNoType = "yesnotype";

    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("JOINEDUP_CIN_SCHEMAS");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        return Path.Combine(AppContext.BaseDirectory, "schemas", "cin-census");
    }
}
