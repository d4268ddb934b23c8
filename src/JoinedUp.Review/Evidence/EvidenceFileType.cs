namespace JoinedUp.Review.Evidence;

/// <summary>A kind of file accepted as evidence: the extensions it may have and the type it is served as.</summary>
public sealed record EvidenceFileType(string Name, IReadOnlyList<string> Extensions, string ContentType)
{
    public static EvidenceFileType Pdf { get; } = new("PDF", [".pdf"], "application/pdf");
    public static EvidenceFileType Docx { get; } = new("Word document (DOCX)", [".docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static EvidenceFileType Xlsx { get; } = new("Excel workbook (XLSX)", [".xlsx"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static EvidenceFileType Png { get; } = new("PNG image", [".png"], "image/png");
    public static EvidenceFileType Jpeg { get; } = new("JPEG image", [".jpg", ".jpeg"], "image/jpeg");
    public static EvidenceFileType Text { get; } = new("plain text", [".txt"], "text/plain; charset=utf-8");

    public static IReadOnlyList<EvidenceFileType> All { get; } = [Pdf, Docx, Xlsx, Png, Jpeg, Text];

    public static string Allowed => string.Join(", ", All.SelectMany(t => t.Extensions));
}
