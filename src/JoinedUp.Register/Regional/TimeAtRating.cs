using JoinedUp.Disclosure;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Regional;

/// <summary>
/// How long children stayed at a rating, over spells that ended in the period: how many children and spells (both
/// protected counts), and the median and mean length in days, withheld unless <see cref="DisclosureControl.ShowsMagnitude"/>
/// allows them for the children shown.
/// </summary>
public sealed record TimeAtRating(RagRating Rating, Figure Children, Figure Spells, double? MedianDays, double? MeanDays);
