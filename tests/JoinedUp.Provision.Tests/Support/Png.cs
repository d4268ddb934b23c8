using System.Buffers.Binary;
using System.IO.Compression;

namespace JoinedUp.Provision.Tests.Support;

/// <summary>
/// A minimal PNG decoder for the screenshots Chromium writes (8-bit RGB or RGBA, not interlaced): enough to count a
/// chart's pixels without an imaging library.
/// </summary>
public sealed class Png
{
    private readonly uint[] _pixels;

    private Png(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>The pixel as 0xRRGGBBAA.</summary>
    public uint Pixel(int x, int y) => _pixels[(y * Width) + x];

    public int CountPixels(Func<uint, bool> predicate) => _pixels.Count(predicate);

    /// <summary>Distinct colours after rounding each channel to a multiple of <paramref name="step"/>, ignoring alpha.</summary>
    public int DistinctColours(int step) => _pixels.Select(p => (((p >> 24) & 0xFF) / step, ((p >> 16) & 0xFF) / step, ((p >> 8) & 0xFF) / step)).Distinct().Count();

    public static Png Decode(byte[] png)
    {
        if (png.Length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') throw new InvalidDataException("Not a PNG.");
        int width = 0, height = 0, channels = 0;
        var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("Only 8-bit, non-interlaced PNGs are read.");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"Colour type {data[9]} is not read.") };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = inflated.ReadByte();
            inflated.ReadExactly(current);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Filter {filter}."),
                });
            }
            for (var x = 0; x < width; x++)
            {
                var o = x * channels;
                pixels[(y * width) + x] = ((uint)current[o] << 24) | ((uint)current[o + 1] << 16) | ((uint)current[o + 2] << 8) | (channels == 4 ? current[o + 3] : 0xFFu);
            }
            (previous, current) = (current, previous);
        }
        return new Png(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
