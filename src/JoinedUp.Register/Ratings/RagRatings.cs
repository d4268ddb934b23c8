namespace JoinedUp.Register.Ratings;

/// <summary>Stored and spreadsheet spellings of <see cref="RagRating"/>.</summary>
public static class RagRatings
{
    public static IReadOnlyList<RagRating> All { get; } = [RagRating.Green, RagRating.Amber, RagRating.Red];

    public static string Code(this RagRating rating) => rating switch
    {
        RagRating.Green => "green",
        RagRating.Amber => "amber",
        _ => "red",
    };

    public static RagRating Parse(string code) => TryParse(code, out var rating)
        ? rating
        : throw new FormatException($"'{code}' is not a RAG rating (green, amber or red).");

    /// <summary>Reads "Green", "G", "amber", "RED" and the like.</summary>
    public static bool TryParse(string? text, out RagRating rating)
    {
        rating = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "green" or "g": rating = RagRating.Green; return true;
            case "amber" or "a" or "orange" or "yellow": rating = RagRating.Amber; return true;
            case "red" or "r": rating = RagRating.Red; return true;
            default: return false;
        }
    }
}
