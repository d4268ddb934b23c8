namespace JoinedUp.Synthetic.Children;

/// <summary>
/// London average weekly placement rates, 2017-18 (DESIGN.md, seed 004): the centre of each synthetic placement's cost.
/// </summary>
public static class WeeklyPlacementRates
{
    public const decimal InHouseFostering = 431m;
    public const decimal ExternalFostering = 871m;
    public const decimal InternalResidential = 2_575m;
    public const decimal ExternalResidential = 3_316m;
    public const decimal SemiIndependent = 856m;
    public const decimal SecureRemand = 2_060m;
    public const decimal SecureWelfare = 5_468m;

    public static decimal AverageFor(PlacementCostClass costClass) => costClass switch
    {
        PlacementCostClass.InHouseFostering => InHouseFostering,
        PlacementCostClass.ExternalFostering => ExternalFostering,
        PlacementCostClass.InternalResidential => InternalResidential,
        PlacementCostClass.ExternalResidential => ExternalResidential,
        PlacementCostClass.SemiIndependent => SemiIndependent,
        PlacementCostClass.SecureRemand => SecureRemand,
        PlacementCostClass.SecureWelfare => SecureWelfare,
        PlacementCostClass.NoPlacementFee => 0m,
        PlacementCostClass.Other => SemiIndependent,
        _ => throw new ArgumentOutOfRangeException(nameof(costClass)),
    };
}
