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
        return isDtd
            ? FileRules.Refuse(FileRules.XmlDtd, $"The XML declares a DTD or entities, which are never accepted (line {e.LineNumber}): {e.Message}", path, row: e.LineNumber)
            : FileRules.Refuse(FileRules.MalformedXml, $"The XML is not well formed at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", path, row: e.LineNumber);
    }
}
