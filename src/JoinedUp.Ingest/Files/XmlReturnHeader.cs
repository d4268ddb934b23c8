using System.Globalization;
using System.Xml;

namespace JoinedUp.Ingest.Files;

/// <summary>
/// The header that the DfE's XML collections (CIN census, SEN2) share: &lt;Message&gt;&lt;Header&gt;&lt;CollectionDetails&gt;
/// (Collection, Year, ReferenceDate) and &lt;Source&gt; (LEA...), read safely without reading past the header.
/// <see cref="Body"/> is the first element after the header (Children for CIN, Persons for SEN2).
/// </summary>
public sealed record XmlReturnHeader(string Root, string? Collection, int? Year, DateOnly? ReferenceDate, string? LaCode, string? Body)
{
    public static XmlReturnHeader Read(string path)
    {
        if (new FileInfo(path).Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        try
        {
            using var reader = XmlReader.Create(path, SafeXml.Settings());
            reader.MoveToContent();
            var root = reader.LocalName;
            string? collection = null, year = null, reference = null, lea = null, body = null;
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                if (reader.Depth == depth + 1 && reader.LocalName != "Header")
                {
                    body = reader.LocalName;
                    break;
                }
                switch (reader.LocalName)
                {
                    case "Collection": collection = reader.ReadElementContentAsString().Trim(); continue;
                    case "Year": year = reader.ReadElementContentAsString().Trim(); continue;
                    case "ReferenceDate": reference = reader.ReadElementContentAsString().Trim(); continue;
                    case "LEA" when lea is null: lea = reader.ReadElementContentAsString().Trim(); continue;
                }
                reader.Read();
            }
            return new XmlReturnHeader(root, collection,
                int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                DateOnly.TryParseExact(reference ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r) ? r : null,
                string.IsNullOrEmpty(lea) ? null : lea, body);
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
    }
}
