using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace JoinedUp.Ingest.Files;

/// <summary>
/// Works out how a text file LAs send is encoded: UTF-8 with or without a byte-order mark, UTF-16 with a mark,
/// or, where the bytes are not valid UTF-8, Windows-1252 (what Excel on Windows writes as "CSV").
/// The whole file is checked in a streaming pass, so a stray byte deep in the file is caught too.
/// </summary>
public static class TextDecoding
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Enough of a file to hold any return's heading row: recognising a file reads no further.</summary>
    public const int HeadingBytes = 1 << 16;

    public static Encoding Detect(string path) => Detect(path, long.MaxValue);

    private static Encoding Detect(string path, long scanLimit)
    {
        using var stream = new FileStream(path, new FileStreamOptions { BufferSize = 0 });
        if (stream.Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return new UTF8Encoding(true, true);
        if (read >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
            return bom[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        stream.Position = 0;
        return IsValidUtf8(stream, scanLimit) ? new UTF8Encoding(false, true) : Windows1252.Value;
    }

    public static StreamReader OpenText(string path) => Open(path, Detect(path), 1 << 14);

    /// <summary>
    /// The file for reading its heading row only: the encoding is judged on the first <see cref="HeadingBytes"/> bytes
    /// instead of the whole file, which <see cref="OpenText"/> checks when the rows are read.
    /// </summary>
    public static StreamReader OpenHeadingText(string path) => Open(path, Detect(path, HeadingBytes), 1 << 12);

    /// <summary>
    /// The reader reads a few KB at a time straight from an unbuffered file: larger buffers (a reader holds one of
    /// bytes and one of characters) would land on the large object heap for every file, which costs full collections.
    /// </summary>
    private static StreamReader Open(string path, Encoding encoding, int bufferSize) =>
        new(new FileStream(path, new FileStreamOptions { BufferSize = 0 }), encoding, detectEncodingFromByteOrderMarks: true, bufferSize);

    private static bool IsValidUtf8(Stream stream, long scanLimit)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            return IsValidUtf8(stream, scanLimit, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsValidUtf8(Stream stream, long scanLimit, byte[] buffer)
    {
        var carried = 0;
        var scanned = 0L;
        int read;
        while (scanned < scanLimit && (read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            scanned += read;
            var length = carried + read;
            var span = buffer.AsSpan(0, length);
            // Keep a possibly incomplete multi-byte sequence at the end for the next round.
            var keep = IncompleteTail(span);
            if (!Utf8.IsValid(span[..(length - keep)])) return false;
            span[(length - keep)..].CopyTo(buffer);
            carried = keep;
        }
        // Stopped at the limit, a character cut in two there is not an error; at the end of the file it is.
        return carried == 0 || scanned >= scanLimit || Utf8.IsValid(buffer.AsSpan(0, carried));
    }

    private static int IncompleteTail(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= Math.Min(3, span.Length); back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead byte
            var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }
}
