using JoinedUp.Register.Disclosure;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Regional;

/// <summary>
/// How long children stayed at a rating, over spells that ended in the period: how many children, and the median and
/// mean length in days. Lengths are withheld when the children number fewer than 5.
/// </summary>
public sealed record TimeAtRating(RagRating Rating, SuppressedCount Children, SuppressedCount Spells, double? MedianDays, double? MeanDays);
