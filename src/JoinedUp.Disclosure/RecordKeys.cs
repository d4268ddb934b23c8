using System.Security.Cryptography;
using System.Text;

namespace JoinedUp.Disclosure;

/// <summary>
/// The cell key method's record keys: every child carries a fixed, random-looking key from 0 to 255, the first byte of
/// an HMAC-SHA256 of the child's pseudonym under the region's record-key secret. The secret is not the pseudonymisation
/// key, so knowing one reveals nothing of the other; and because the pseudonym never changes, neither does the key,
/// across imports, years and views.
/// </summary>
public sealed class RecordKeys
{
    public const int SecretBytes = 32;
    private readonly byte[] _secret;

    public RecordKeys(byte[] secret)
    {
        if (secret.Length < SecretBytes) throw new ArgumentException($"The record-key secret must be at least {SecretBytes} bytes.", nameof(secret));
        _secret = (byte[])secret.Clone();
    }

    /// <summary>The record key of a pseudonymised child (or register entry).</summary>
    public byte Of(string pseudonym)
    {
        Span<byte> text = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(pseudonym) <= text.Length ? text[..Encoding.UTF8.GetBytes(pseudonym, text)] : Encoding.UTF8.GetBytes(pseudonym);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, bytes, hash);
        return hash[0];
    }
}
