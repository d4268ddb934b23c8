namespace JoinedUp.Analytics.Views;

/// <summary>
/// The year a view shows when the user has not chosen one: the latest year for which at least half as many LAs have
/// loaded the return as in its best-covered year. One LA loading a return for a later year (or a wrong one) does not
/// move everyone's default view to a year the others have not reached.
/// </summary>
public static class DefaultYear
{
    public static int? Of(IEnumerable<(string La, int Year)> loaded)
    {
        var lasByYear = loaded.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Select(r => r.La).Distinct().Count());
        if (lasByYear.Count == 0) return null;
        var best = lasByYear.Values.Max();
        return lasByYear.Where(y => 2 * y.Value >= best).Max(y => y.Key);
    }
}
