using JoinedUp.Domain.Geography;

namespace JoinedUp.Analytics.Comparison;

/// <summary>The areas an LA is compared with: its ICS (footprint), its region, and its statistical neighbours in the region.</summary>
public static class Comparators
{
    public static IReadOnlyList<Comparator> For(string ownLa, Region region)
    {
        var comparators = new List<Comparator>();
        if (region.FootprintOf(ownLa) is { } footprint)
            comparators.Add(new Comparator(footprint, ComparatorKind.Ics, region.Footprints[footprint]));
        comparators.Add(new Comparator($"{region.Name} (all {region.Members.Count} LAs)", ComparatorKind.Region, region.Members.Select(la => la.DfeCode).ToList()));
        var rank = 0;
        foreach (var code in StatisticalNeighbours.Of(ownLa))
        {
            rank++;
            if (region.Contains(code)) comparators.Add(new Comparator($"{region[code].Name} (statistical neighbour {rank})", ComparatorKind.Neighbour, [code]));
        }
        return comparators;
    }

    /// <summary>The LA's statistical neighbours outside the region, by name: JoinedUp holds no figures for them.</summary>
    public static IReadOnlyList<string> NeighboursOutside(string ownLa, Region region) =>
        StatisticalNeighbours.Of(ownLa).Where(code => !region.Contains(code)).Select(code => EnglishLocalAuthorities.ByDfeCode(code)?.Name ?? code).ToList();
}
