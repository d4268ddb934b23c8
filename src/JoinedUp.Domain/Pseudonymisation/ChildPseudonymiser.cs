using System.Security.Cryptography;
using System.Text;

namespace JoinedUp.Domain.Pseudonymisation;

/// <summary>
/// Turns an LA's own child identifier into the region's pseudonym: HMAC-SHA256 of "LA code:child ID" under the
/// region's key, so the same child in the same LA gets the same pseudonym in every return and every year, while
/// the same ID used by two LAs gives two pseudonyms. The same function lets an LA user find their own child.
/// The pseudonym is the first 128 bits of the HMAC in hex: collisions are out of reach for any region's numbers,
/// and it halves what every row of the store carries.
/// </summary>
/// <remarks>An instance keeps one keyed hash for speed (a load pseudonymises hundreds of thousands of children), so it is
/// not for use by two threads at once: take one per reader or request.</remarks>
public sealed class ChildPseudonymiser(PseudonymKey key)
{
    private readonly IncrementalHash _hmac = key.CreateHmac();
    private readonly byte[] _hash = new byte[32];

    public string Pseudonymise(string laCode, string childId)
    {
        _hmac.AppendData(Encoding.UTF8.GetBytes(laCode.Trim() + ":" + childId.Trim()));
        _hmac.GetHashAndReset(_hash);
        return Convert.ToHexStringLower(_hash.AsSpan(0, 16));
    }
}
