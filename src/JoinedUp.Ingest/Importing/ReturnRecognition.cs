using System.Xml;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// Which return a file belongs to, from its content (XML root element, CSV headings), not its name.
/// A file that cannot be read far enough to tell (empty, a DTD, broken XML) is refused with the reason.
/// </summary>
public static class ReturnRecognition
{
    public static ReturnKind Recognise(string path)
    {
        if (new FileInfo(path).Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        if (Ssda903Files.IsXml(path))
        {
            var root = XmlRoot(path);
            if (root == Ssda903XmlReader.RootElement) return ReturnKind.Ssda903;
            throw FileRules.Refuse(FileRules.UnknownKind, $"The XML root element <{root}> is not one of a return JoinedUp reads (SSDA903: <{Ssda903XmlReader.RootElement}>).", path);
        }
        if (Ssda903Files.Recognises(path)) return ReturnKind.Ssda903;
        throw FileRules.Refuse(FileRules.UnknownKind, "The CSV headings do not match any table of a return JoinedUp reads.", path, row: 1);
    }

    /// <summary>The root element's name, read safely: a DTD or malformed XML is refused.</summary>
    public static string XmlRoot(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, SafeXml.Settings());
            reader.MoveToContent();
            return reader.LocalName;
        }
        catch (XmlException e)
        {
            throw SafeXml.Refusal(e, path);
        }
    }
}
