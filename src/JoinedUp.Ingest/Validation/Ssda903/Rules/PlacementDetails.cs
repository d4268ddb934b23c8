using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// Comparing what two episodes say about the placement (type, postcode, URN, provider), as the DfE's rules on the reason
/// for a new episode (434, 435, 436) do. A blank equals a blank; postcodes are compared without spaces and regardless of case.
/// </summary>
internal static class PlacementDetails
{
    /// <summary>True when the two episodes show the same placement: same PLACE, PL_POST, URN and PLACE_PROVIDER.</summary>
    public static bool Same(EpisodeRow a, EpisodeRow b) =>
        a.Place == b.Place && a.Urn == b.Urn && a.PlaceProvider == b.PlaceProvider && SamePostcode(a.PlPost, b.PlPost);

    /// <summary>Two postcodes, ignoring spaces and case (blank equals blank only).</summary>
    public static bool SamePostcode(string? a, string? b)
    {
        if (a is null || b is null) return a is null && b is null;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ') i++;
            while (j < b.Length && b[j] == ' ') j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j])) return false;
            i++;
            j++;
        }
    }
}
