namespace JoinedUp.Provision.Import;

/// <summary>
/// Why a provision file, or one row of it, cannot be loaded: the file, the row (0 for the whole file, 1 for the header),
/// the field, the rule and what to do. Messages quote the rule and the expected values, never a child's details (these
/// files hold none).
/// </summary>
public sealed record ProvisionProblem(string File, int Row, string Field, string Rule, string Message)
{
    public override string ToString() =>
        $"{File}{(Row > 0 ? $" row {Row}" : "")}{(Field.Length > 0 ? $" field {Field}" : "")}: rule {Rule}: {Message}";
}

/// <summary>The rule codes of provision imports.</summary>
public static class ProvisionRules
{
    public const string FileKind = "JU-PROV-FILE-KIND";
    public const string FileSize = "JU-PROV-FILE-SIZE";
    public const string FileEncoding = "JU-PROV-FILE-ENCODING";
    public const string FileUnreadable = "JU-PROV-FILE";
    public const string Empty = "JU-PROV-EMPTY";
    public const string MissingColumn = "JU-PROV-COLUMN-MISSING";
    public const string Required = "JU-PROV-REQUIRED";
    public const string NotAllowed = "JU-PROV-VALUE";
    public const string Number = "JU-PROV-NUMBER";
    public const string Date = "JU-PROV-DATE";
    public const string Range = "JU-PROV-RANGE";
    public const string Urn = "JU-PROV-URN";
    public const string District = "JU-PROV-DISTRICT";
    public const string Duplicate = "JU-PROV-DUPLICATE";
    public const string Text = "JU-PROV-TEXT";
}
