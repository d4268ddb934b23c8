using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Listing;

/// <summary>A page of the register for an LA or ICS: the lines (red first, then by review date), the total matching and the count at each rating.</summary>
public sealed record RegisterPage(
    IReadOnlyList<RegisterListing> Entries,
    int Total,
    IReadOnlyDictionary<RagRating, int> CountsByRating,
    int Page,
    int PageSize)
{
    public int Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
