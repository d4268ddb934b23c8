using System.IO.Compression;
using System.Text;

namespace JoinedUp.Review.Evidence;

/// <summary>
/// Decides what an uploaded file really is from its content, never from its name or the browser's content type: a PDF
/// by its header (and no embedded JavaScript or launch actions), PNG and JPEG by their signatures, DOCX and XLSX by
/// opening the ZIP and finding the parts that make them so (unzipping every part against a size and ratio budget, so a
/// zip bomb is refused, and refusing macros), plain text as strict UTF-8 with no markup that a browser would run. The
/// extension must agree with what the content is. Every refusal names the file and the rule.
/// </summary>
public static class EvidenceFileCheck
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string[] Markup = ["<script", "<html", "<svg", "<!doctype", "<iframe", "<body", "<object", "<embed", "javascript:", "<?xml"];

    public static EvidenceFileType Check(string fileName, byte[] content, EvidenceLimits limits)
    {
        if (content.Length == 0) throw Refuse(fileName, "evidence-empty", "the file is empty");
        if (content.Length > limits.MaxFileBytes)
            throw Refuse(fileName, "evidence-size", $"the file is {Size(content.Length)}; evidence files may be at most {Size(limits.MaxFileBytes)}");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var claimed = EvidenceFileType.All.FirstOrDefault(t => t.Extensions.Contains(extension))
            ?? throw Refuse(fileName, "evidence-type", $"'{extension}' files are not accepted; the accepted kinds are {EvidenceFileType.Allowed}");
        var actual = Sniff(fileName, content, limits);
        if (actual == EvidenceFileType.Text && claimed == EvidenceFileType.Text) RefuseMarkup(fileName, content);
        if (actual != claimed)
            throw Refuse(fileName, "evidence-type", actual is null
                ? $"its name says {claimed.Name} but its content is not a {claimed.Name} file"
                : $"its name says {claimed.Name} but its content is a {actual.Name} file");
        return actual;
    }

    private static EvidenceFileType? Sniff(string fileName, byte[] content, EvidenceLimits limits)
    {
        var head = content.AsSpan();
        if (head.StartsWith("%PDF-"u8))
        {
            var text = Encoding.Latin1.GetString(content);
            if (text.Contains("/JavaScript", StringComparison.Ordinal) || text.Contains("/JS", StringComparison.Ordinal) || text.Contains("/Launch", StringComparison.Ordinal))
                throw Refuse(fileName, "evidence-active-content", "the PDF holds JavaScript or a launch action");
            return EvidenceFileType.Pdf;
        }
        if (head.StartsWith(PngSignature)) return EvidenceFileType.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return EvidenceFileType.Jpeg;
        if (head.StartsWith("PK\u0003\u0004"u8)) return OfficeDocument(fileName, content, limits);
        return PlainText(content) ? EvidenceFileType.Text : null;
    }

    /// <summary>A DOCX or XLSX: a ZIP whose parts name it, unzipped in full against the limits (the sizes a ZIP declares can lie).</summary>
    private static EvidenceFileType? OfficeDocument(string fileName, byte[] content, EvidenceLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
                throw Refuse(fileName, "evidence-zip-bomb", $"the document holds {zip.Entries.Count} parts; at most {limits.MaxZipEntries} are accepted");
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                throw Refuse(fileName, "evidence-active-content", "the document holds macros (vbaProject.bin)");
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                long entryBytes = 0;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    total += read;
                    if (total > limits.MaxUnzippedBytes)
                        throw Refuse(fileName, "evidence-zip-bomb", $"the document unzips to more than {Size(limits.MaxUnzippedBytes)}");
                    if (entryBytes > 1024 * 1024 && entryBytes > Math.Max(1, entry.CompressedLength) * limits.MaxCompressionRatio)
                        throw Refuse(fileName, "evidence-zip-bomb", $"the part {entry.FullName} expands more than {limits.MaxCompressionRatio} times when unzipped");
                }
            }
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Contains("word/document.xml")) return EvidenceFileType.Docx;
            if (names.Contains("xl/workbook.xml")) return EvidenceFileType.Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            throw Refuse(fileName, "evidence-type", "it starts like a ZIP (DOCX or XLSX) but cannot be read as one");
        }
    }

    /// <summary>Strict UTF-8 with no NUL bytes (markup a browser could run is refused separately).</summary>
    private static bool PlainText(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return !text.Contains('\0');
    }

    private static void RefuseMarkup(string fileName, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        foreach (var tag in Markup)
            if (text.Contains(tag, StringComparison.OrdinalIgnoreCase))
                throw Refuse(fileName, "evidence-active-content", $"the text holds markup ('{tag}') that a browser could run; upload it as a PDF or plain text without markup");
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    private static ReviewRuleException Refuse(string fileName, string rule, string why) =>
        new(rule, $"{fileName}: refused ({rule}): {why}. Nothing was stored.");
}
