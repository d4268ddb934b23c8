using System.Globalization;
using System.IO.Compression;

namespace JoinedUp.Ingest.Files;

/// <summary>
/// The zip-bomb check every reader of an Excel workbook (XLSX) makes before OpenXml reads a byte of it: a file over
/// <see cref="MaxBytes"/>, a package whose parts expand past <see cref="MaxPartBytes"/> each or <see cref="MaxTotalBytes"/>
/// in all, or a large part compressed more than <see cref="MaxRatio"/> to 1, is refused with <see cref="FileRules.ExpandsTooFar"/>
/// (or <see cref="FileRules.TooLarge"/>), naming the file and the part. The sizes come from the zip's central directory,
/// so nothing is decompressed to find out.
/// </summary>
public static class WorkbookExpansion
{
    /// <summary>Largest workbook accepted: a placements snapshot or a register is a few thousand rows, far under this.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Largest uncompressed part (sheet, shared strings...) accepted.</summary>
    public const long MaxPartBytes = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all the parts together.</summary>
    public const long MaxTotalBytes = 400L * 1024 * 1024;

    /// <summary>Parts at least this large (uncompressed) must not be compressed more than <see cref="MaxRatio"/> to 1.</summary>
    public const long RatioCheckedFrom = 10L * 1024 * 1024;

    /// <summary>Sheet XML of real values compresses perhaps 10 to 1; 100 to 1 on a large part is a run of repeated bytes.</summary>
    public const double MaxRatio = 100;

    /// <summary>Checks the workbook at <paramref name="path"/>; throws <see cref="ReturnFileException"/> when it must not be opened.</summary>
    public static void Check(string path)
    {
        using var stream = File.OpenRead(path);
        Check(stream, path);
    }

    /// <summary>
    /// Checks a workbook held in a seekable stream (an upload) and rewinds it; <paramref name="file"/> names it in the
    /// refusal. Throws <see cref="ReturnFileException"/> when it must not be opened.
    /// </summary>
    public static void Check(Stream stream, string file)
    {
        if (!stream.CanSeek) throw new ArgumentException("The workbook's stream must be seekable.", nameof(stream));
        var size = stream.Length - stream.Position;
        if (size == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", file);
        if (size > MaxBytes)
            throw FileRules.Refuse(FileRules.TooLarge, $"The workbook is {Mb(size)} MB; a workbook may be at most {MaxBytes / 1048576} MB. Send one sheet of values (or CSV).", file);
        var start = stream.Position;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw FileRules.Refuse(FileRules.UnknownKind, $"The file cannot be opened as an Excel workbook (.xlsx): {e.Message}", file);
        }
        using (zip)
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var length = entry.Length;
                if (length > MaxPartBytes)
                    throw Expands($"The part '{entry.FullName}' expands to {Mb(length)} MB; a part may be at most {MaxPartBytes / 1048576} MB.", file, entry.FullName);
                if (length >= RatioCheckedFrom && length > MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw Expands($"The part '{entry.FullName}' expands from {entry.CompressedLength:N0} bytes to {Mb(length)} MB, more than {MaxRatio:0} to 1: the workbook looks built to exhaust memory (a zip bomb).", file, entry.FullName);
                total += length;
                if (total > MaxTotalBytes)
                    throw Expands($"The workbook's parts expand to more than {MaxTotalBytes / 1048576} MB in all (reached at '{entry.FullName}').", file, entry.FullName);
            }
        }
        stream.Position = start;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static ReturnFileException Expands(string message, string file, string part) =>
        FileRules.Refuse(FileRules.ExpandsTooFar, message + " Send one sheet of values (or CSV).", file, part);
}
