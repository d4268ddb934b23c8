using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Files;

/// <summary>
/// JoinedUp's own rule codes for files that cannot be read at all; the DfE's codes cover values, not files.
/// Every one refuses the file whole.
/// </summary>
public static class FileRules
{
    public const string Empty = "JU-FILE-EMPTY";
    public const string Encoding = "JU-FILE-ENCODING";
    public const string TooLarge = "JU-FILE-SIZE";
    /// <summary>A compressed package (XLSX) whose parts expand past a limit, or far beyond their compressed size: a zip bomb.</summary>
    public const string ExpandsTooFar = "JU-FILE-EXPANDS";
    public const string UnknownKind = "JU-FILE-KIND";
    public const string MissingColumn = "JU-COLUMN-MISSING";
    public const string DuplicateColumn = "JU-COLUMN-DUPLICATE";
    public const string TruncatedRow = "JU-ROW-TRUNCATED";
    public const string MalformedCsv = "JU-CSV-MALFORMED";
    public const string XmlDtd = "JU-XML-DTD";
    public const string MalformedXml = "JU-XML-MALFORMED";
    public const string XmlSchema = "JU-XML-SCHEMA";
    public const string NoSubmission = "JU-SUBMISSION";
    /// <summary>The collection year (from the file's header, the --year option or the upload form, or the path) is before 2000 or too far ahead.</summary>
    public const string ImplausibleYear = "JU-SUBMISSION-YEAR";

    public static ReturnFileException Refuse(string rule, string message, string file, string table = "", int? row = null, string? field = null) =>
        new(new ValidationIssue(rule, message, Path.GetFileName(file), table, row, null, field, IssueSeverity.Refused));
}
