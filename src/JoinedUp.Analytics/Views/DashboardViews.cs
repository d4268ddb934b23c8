namespace JoinedUp.Analytics.Views;

/// <summary>The dashboard's views by their address name.</summary>
public static class DashboardViews
{
    public static IReadOnlyDictionary<string, (string Title, Func<Selection, DashboardView> Compute)> All { get; } =
        new Dictionary<string, (string, Func<Selection, DashboardView>)>
        {
            ["looked-after"] = (LookedAfterRates.Title, LookedAfterRates.Compute),
            ["stability"] = (PlacementStability.Title, PlacementStability.Compute),
            ["out-of-area"] = (OutOfAreaPlacements.Title, OutOfAreaPlacements.Compute),
            ["high-cost"] = (HighCostCohort.Title, HighCostCohort.Compute),
            ["ehc-plans"] = (EhcPlanGrowth.Title, EhcPlanGrowth.Compute),
        };
}
