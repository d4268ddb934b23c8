using JoinedUp.Disclosure;
using JoinedUp.Store;
using JoinedUp.Store.Keys;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// The journeys of one LA's children (or of every LA's, for the region), the years each return covers, and the span
/// of days the data covers (from the first collection period's start to the last one's end).
/// </summary>
public sealed class LaJourneys
{
    public required string? La { get; init; }
    public required IReadOnlyList<ChildJourney> Journeys { get; init; }

    /// <summary>By LA, the years of each return loaded.</summary>
    public required IReadOnlyDictionary<(string La, string Return), SortedSet<int>> Coverage { get; init; }

    public static LaJourneys Load(RegionalStore store, string? la)
    {
        var sources = JourneySources.Load(store, la);
        return new LaJourneys { La = la, Journeys = JourneyBuilder.Build(sources), Coverage = sources.Coverage };
    }

    /// <summary>The years of each return that one LA has loaded, by return code.</summary>
    public IReadOnlyDictionary<string, SortedSet<int>> CoverageOf(string la) =>
        Coverage.Where(c => c.Key.La == la).ToDictionary(c => c.Key.Return, c => c.Value, StringComparer.Ordinal);

    /// <summary>First and last day the data covers (collection periods 1 April to 31 March), or null with nothing loaded.</summary>
    public (DateOnly From, DateOnly To)? Span
    {
        get
        {
            var years = Coverage.Values.SelectMany(y => y).ToList();
            return years.Count == 0 ? null : (new DateOnly(years.Min() - 1, 4, 1), new DateOnly(years.Max(), 3, 31));
        }
    }

    public ChildJourney? Find(string pseudonym) => Journeys.FirstOrDefault(j => j.Pseudonyms.Contains(pseudonym, StringComparer.Ordinal));

    /// <summary>The region's cohort journeys through the viewer's disclosure control.</summary>
    public CohortJourneys Cohort(RegionalStore store, DisclosureControl disclosure)
    {
        var keys = new RecordKeys(RecordKeySecret.For(store));
        return CohortJourneys.Build(Journeys.Select(j => HighCostEntry.Of(j, keys)).OfType<HighCostEntry>(), disclosure);
    }
}
