using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Linking;

/// <summary>
/// A child's second pseudonym: the region's HMAC of the LA and the UPN (never the UPN itself). Returns that carry a
/// UPN but not the LA's child ID (SEN2) link through it to returns that carry both (CIN census).
/// </summary>
public static class UpnPseudonym
{
    public static string? Of(ChildPseudonymiser pseudonymiser, string laCode, string? upn)
    {
        if (upn is null) return null;
        var normal = upn.Trim().ToUpperInvariant();
        return normal.StartsWith("UN", StringComparison.Ordinal) || !Upns.IsValid(normal) ? null : pseudonymiser.Pseudonymise(laCode, "UPN:" + normal);
    }
}
