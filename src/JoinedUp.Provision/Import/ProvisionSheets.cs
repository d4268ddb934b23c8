using System.Text;
using JoinedUp.Ingest.Files;
using JoinedUp.Register.Import;

namespace JoinedUp.Provision.Import;

/// <summary>
/// Opens a provision spreadsheet (XLSX with DocumentFormat.OpenXml, CSV with CsvHelper, through the register's sheet
/// readers and their limits) as header and rows. A CSV must be UTF-8 (with or without a byte-order mark) or UTF-16 with
/// its mark: a file saved in another encoding is refused naming the first bad byte's line, rather than read with its
/// accented names silently garbled.
/// </summary>
public static class ProvisionSheets
{
    /// <summary>Largest file read: a provision map is a few thousand rows.</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    /// <summary>Reads the sheet, or returns the one problem that stops the whole file being read.</summary>
    public static (SpreadsheetRows? Rows, ProvisionProblem? Problem) Read(Stream stream, string fileName)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
            return (null, new(name, 0, "", ProvisionRules.FileKind, $"The file must be a spreadsheet saved as .xlsx or .csv, not '{extension}'."));
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return (null, new(name, 0, "", ProvisionRules.FileSize, $"The file is larger than {MaxBytes / 1048576} MB; a provision file is at most {MaxBytes / 1048576} MB. Split it and upload each part."));
        }
        if (buffer.Length == 0) return (null, new(name, 0, "", ProvisionRules.Empty, "The file is empty."));
        buffer.Position = 0;
        try
        {
            if (extension == ".xlsx") return (XlsxSheetReader.Read(buffer, name), null);
            var (text, problem) = Decode(buffer.ToArray(), name);
            if (problem is not null) return (null, problem);
            return (CsvSheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text!)), name), null);
        }
        catch (ReturnFileException e)
        {
            return (null, new(name, e.Issue.Row ?? 0, e.Issue.Field ?? "", ProvisionRules.FileUnreadable, e.Issue.Message));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
        {
            return (null, new(name, 0, "", ProvisionRules.FileUnreadable, "The file cannot be read as a spreadsheet: save it again from Excel as .xlsx, or as CSV UTF-8 (comma delimited)."));
        }
    }

    private static (string? Text, ProvisionProblem? Problem) Decode(byte[] bytes, string name)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return (new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2), null);
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return (strict.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(offset + e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            return (null, new(name, line, "", ProvisionRules.FileEncoding,
                $"Line {line} holds a byte that is not UTF-8 text (the file was probably saved as 'CSV' in a Windows code page). Save it again as 'CSV UTF-8 (comma delimited)'."));
        }
    }
}
