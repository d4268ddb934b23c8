using System.Xml;
using System.Xml.Linq;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// Streams the single-file XML form of the SSDA903 return (root EXPSSDA903, one CHILD element per child holding a
/// HEADER and its EPISODEs) into the same rows as the CSV tables. One CHILD is held in memory at a time.
/// DTDs and entities are refused.
/// </summary>
public static class Ssda903XmlReader
{
    public const string RootElement = "EXPSSDA903";

    public static IEnumerable<ReturnRow> Read(string path)
    {
        if (new FileInfo(path).Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        var counters = Ssda903Tables.All.ToDictionary(t => t.Name, _ => 0);
        using var reader = XmlReader.Create(path, SafeXml.Settings());
        if (!MoveToRoot(reader, path)) yield break;
        while (true)
        {
            XElement? child;
            try
            {
                // XNode.ReadFrom leaves the reader on the node after the element it read, which may be the next CHILD.
                var atChild = reader.NodeType == XmlNodeType.Element && reader.LocalName == "CHILD";
                if (!atChild && !reader.ReadToFollowing("CHILD")) break;
                child = (XElement)XNode.ReadFrom(reader);
            }
            catch (XmlException e)
            {
                throw SafeXml.Refusal(e, path);
            }
            foreach (var row in RowsOf(child, path, counters)) yield return row;
        }
    }

    private static bool MoveToRoot(XmlReader reader, string path)
    {
        try
        {
            reader.MoveToContent();
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != RootElement)
            throw FileRules.Refuse(FileRules.UnknownKind, $"The root element is <{reader.LocalName}>, not <{RootElement}>: this is not an SSDA903 XML return.", path);
        return true;
    }

    private static IEnumerable<ReturnRow> RowsOf(XElement child, string path, Dictionary<string, int> counters)
    {
        var header = child.Element("HEADER") ?? new XElement("HEADER");
        var id = Text(header, "CHILDID");
        var inherited = new Dictionary<string, string?>
        {
            ["CHILD"] = id,
            ["SEX"] = Text(header, "SEX"),
            ["DOB"] = Text(header, "DOB"),
        };

        yield return Row(Ssda903Tables.Header, header, inherited, path, counters);
        if (Text(header, "DUC") is not null) yield return Row(Ssda903Tables.Uasc, header, inherited, path, counters);
        foreach (var review in header.Elements("AREVIEW")) yield return Row(Ssda903Tables.Reviews, review, inherited, path, counters);
        foreach (var missing in header.Elements("AMISSING")) yield return Row(Ssda903Tables.Missing, missing, inherited, path, counters);
        if (header.Element("PERMANENCE") is { } permanence) yield return Row(Ssda903Tables.PreviousPermanence, permanence, inherited, path, counters);
        if (header.Element("OC2") is { } oc2) yield return Row(Ssda903Tables.Oc2, oc2, inherited, path, counters);
        if (Text(header, "IN_TOUCH") is not null) yield return Row(Ssda903Tables.Oc3, header, inherited, path, counters);
        if (Text(header, "DATE_INT") is not null) yield return Row(Ssda903Tables.Ad1, header, inherited, path, counters);
        foreach (var placed in header.Elements("AD_PLACED")) yield return Row(Ssda903Tables.PlacedForAdoption, placed, inherited, path, counters);
        foreach (var episode in child.Elements("EPISODE")) yield return Row(Ssda903Tables.Episodes, episode, inherited, path, counters);
    }

    private static ReturnRow Row(TableSpec table, XElement source, Dictionary<string, string?> inherited, string path, Dictionary<string, int> counters)
    {
        var values = new string?[table.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = table.Fields[i];
            var value = Text(source, field.Name);
            foreach (var alias in field.Aliases) value ??= Text(source, alias);
            values[i] = value ?? inherited.GetValueOrDefault(field.Name);
        }
        var number = ++counters[table.Name];
        return new ReturnRow(table, path, number, values);
    }

    private static string? Text(XElement parent, string name)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
