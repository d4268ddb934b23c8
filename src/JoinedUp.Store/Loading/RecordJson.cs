using System.Buffers;
using System.Text;
using System.Text.Json;

namespace JoinedUp.Store.Loading;

/// <summary>A row of a return table as the JSON object the store keeps, written with a buffer reused per thread (this runs for millions of rows).</summary>
internal static class RecordJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Write(IReadOnlyDictionary<string, string?> fields)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields) writer.WriteString(name, value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
