using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Regional;

/// <summary>The columns of the month-by-month movement table: entering at a rating, or moving from one rating to another.</summary>
public static class Movement
{
    public static IReadOnlyList<(RagRating? From, RagRating To)> All { get; } =
    [
        (null, RagRating.Green), (null, RagRating.Amber), (null, RagRating.Red),
        (RagRating.Green, RagRating.Amber), (RagRating.Green, RagRating.Red), (RagRating.Amber, RagRating.Red),
        (RagRating.Red, RagRating.Amber), (RagRating.Red, RagRating.Green), (RagRating.Amber, RagRating.Green),
    ];

    public static string Label(RagRating? from, RagRating to) => from is null ? $"entered at {to.Code()}" : $"{from.Value.Code()} to {to.Code()}";
}
