using System.Text;

namespace JoinedUp.Domain.Pseudonymisation;

/// <summary>
/// Turns an LA's own child identifier into the region's pseudonym: HMAC-SHA256 of "LA code:child ID" under the
/// region's key, so the same child in the same LA gets the same pseudonym in every return and every year, while
/// the same ID used by two LAs gives two pseudonyms. The same function lets an LA user find their own child.
/// The pseudonym is the first 128 bits of the HMAC in hex: collisions are out of reach for any region's numbers,
/// and it halves what every row of the store carries.
/// </summary>
public sealed class ChildPseudonymiser(PseudonymKey key)
{
    public string Pseudonymise(string laCode, string childId)
    {
        var message = Encoding.UTF8.GetBytes(laCode.Trim() + ":" + childId.Trim());
        return Convert.ToHexStringLower(key.Hash(message).AsSpan(0, 16));
    }
}
