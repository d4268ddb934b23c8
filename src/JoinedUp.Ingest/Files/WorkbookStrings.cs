using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JoinedUp.Ingest.Files;

/// <summary>A workbook's shared strings, read one item at a time (cells refer to them by index).</summary>
public static class WorkbookStrings
{
    public static List<string> Shared(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
        return strings;
    }
}
