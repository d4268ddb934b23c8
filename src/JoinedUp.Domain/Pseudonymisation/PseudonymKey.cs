using System.Security.Cryptography;
using System.Text;

namespace JoinedUp.Domain.Pseudonymisation;

/// <summary>
/// The region's secret for keyed hashing of child identifiers. Held by the region, never in the repository
/// and never in the store itself: the store keeps only a fingerprint to tell a wrong key from the right one.
/// </summary>
public sealed class PseudonymKey
{
    public const int MinimumBytes = 32;
    private const string FingerprintLabel = "joinedup:key-fingerprint:v1";

    private readonly byte[] _secret;

    public PseudonymKey(byte[] secret)
    {
        if (secret.Length < MinimumBytes)
            throw new PseudonymKeyException($"The pseudonymisation key is {secret.Length} bytes; at least {MinimumBytes} are required.");
        _secret = (byte[])secret.Clone();
    }

    public static PseudonymKey CreateRandom() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>Reads a key written as base64 (as in a key file or an environment variable).</summary>
    public static PseudonymKey FromText(string text, string source)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(text.Trim()); }
        catch (FormatException) { throw new PseudonymKeyException($"The pseudonymisation key in {source} is not base64 text."); }
        if (bytes.Length < MinimumBytes)
            throw new PseudonymKeyException($"The pseudonymisation key in {source} is {bytes.Length} bytes; at least {MinimumBytes} are required.");
        return new PseudonymKey(bytes);
    }

    public string ToText() => Convert.ToBase64String(_secret);

    /// <summary>A value that identifies the key without revealing it; stored beside the data.</summary>
    public string Fingerprint => Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(FingerprintLabel)));

    /// <summary>A reusable HMAC-SHA256 under this key (one per thread).</summary>
    public IncrementalHash CreateHmac() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);

    /// <summary>HMAC-SHA256 of the message under this key.</summary>
    public byte[] Hash(ReadOnlySpan<byte> message) => HMACSHA256.HashData(_secret, message);
}

public sealed class PseudonymKeyException(string message) : Exception(message);
