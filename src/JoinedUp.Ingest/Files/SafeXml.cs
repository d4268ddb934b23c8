using System.Xml;
using System.Xml.Schema;

namespace JoinedUp.Ingest.Files;

/// <summary>XML reader settings for files from outside: no DTDs, no entity expansion, no external resources.</summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(XmlSchemaSet? schemas = null)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
        }
        return settings;
    }

    /// <summary>Turns what XmlReader throws into a refusal naming the file, line and rule.</summary>
    public static ReturnFileException Refusal(XmlException e, string path)
    {
        var isDtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("entity", StringComparison.OrdinalIgnoreCase);
        if (!isDtd)
            return FileRules.Refuse(FileRules.MalformedXml, $"The XML is not well formed at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", path, row: e.LineNumber);
        var line = DeclarationLine(path) ?? (e.LineNumber > 0 ? e.LineNumber : 1);
        return FileRules.Refuse(FileRules.XmlDtd,
            $"DTDs and entity declarations are not accepted: the file declares one at line {line} (<!DOCTYPE or <!ENTITY). JoinedUp refuses every XML file that does, "
            + "because a DTD can make a small file expand to exhaust the server's memory or read other files. The DfE's returns never need one: remove the declaration and send the file again.",
            path, row: line);
    }

    /// <summary>The 1-based line of the first DOCTYPE or ENTITY declaration in the file's first megabyte, or null.</summary>
    private static int? DeclarationLine(string path)
    {
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[1024 * 1024];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var text = new string(buffer, 0, read);
            var at = new[] { text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase), text.IndexOf("<!ENTITY", StringComparison.OrdinalIgnoreCase) }
                .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            return at < 0 ? null : 1 + text.AsSpan(0, at).Count('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
