namespace JoinedUp.Forecast.Configuration;

/// <summary>
/// One kind of placement inside a placement category, with its weekly unit cost (pounds) and its share
/// of the category's children, e.g. in-house fostering at £431 a week for 60% of fostered children.
/// </summary>
public sealed record CostComponent(string Kind, double WeeklyCost, double Share);
