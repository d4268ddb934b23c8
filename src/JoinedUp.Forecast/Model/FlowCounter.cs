using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;

namespace JoinedUp.Forecast.Model;

/// <summary>
/// Counts each child's flows in a reference window. A child is in state (band on day d, category of the
/// spell covering d) on each day d in care. Events happen on a day D when the state on D differs from the
/// state on D - 1, and are counted when the window holds D: entry (out of care on D - 1), exit (out of care
/// on D, counted from the state on D - 1), ageing (band changed; counted from the old band and category),
/// transition (category changed; counted within the band held on D).
/// </summary>
public static class FlowCounter
{
    public static List<ChildFlows> CountChildren(CareHistory history, StateSpace space, ReferenceWindow window)
    {
        var result = new List<ChildFlows>();
        foreach (var child in history.Children)
        {
            var flows = Count(child, space, window);
            if (!flows.IsEmpty) result.Add(flows);
        }
        return result;
    }

    public static FlowCounts Sum(IEnumerable<ChildFlows> children, StateSpace space, ReferenceWindow window)
    {
        var counts = new FlowCounts(space.Count, window.Days);
        foreach (var child in children) child.AddTo(counts);
        return counts;
    }

    public static ChildFlows Count(ChildInCare child, StateSpace space, ReferenceWindow window)
    {
        var flows = new ChildFlows();
        var bandChanges = space.BandChangeDates(child.BirthMonth);
        for (var i = 0; i < child.Spells.Count; i++)
        {
            var spell = child.Spells[i];
            var end = spell.End ?? DateOnly.MaxValue;
            if (spell.Start >= window.To || end < window.From) continue;
            var category = space.CategoryOf(spell.PlacementType);

            // Entry, or a change of state where the previous spell ends the day this one starts.
            if (InWindow(spell.Start, window))
            {
                var to = space.StateOf(space.BandOn(child.BirthMonth, spell.Start), category);
                if (!child.ContinuesFromPrevious(i))
                {
                    flows.Entries.Add(to);
                }
                else
                {
                    var previousDay = spell.Start.AddDays(-1);
                    var fromBand = space.BandOn(child.BirthMonth, previousDay);
                    var fromCategory = space.CategoryOf(child.Spells[i - 1].PlacementType);
                    var band = space.BandOfState(to);
                    if (fromBand != band) flows.Ageing.Add(space.StateOf(fromBand, fromCategory));
                    if (fromCategory != category) flows.Transitions.Add((space.StateOf(band, fromCategory), to));
                }
            }

            // Exit.
            if (spell.End is { } ended && InWindow(ended, window) && !child.ContinuesToNext(i))
                flows.Exits.Add(space.StateOf(space.BandOn(child.BirthMonth, ended.AddDays(-1)), category));

            // Exposure, split at birthdays that change band; ageing inside the spell.
            var from = Max(spell.Start, window.From);
            var until = Min(end, window.To);
            if (from >= until) continue;
            var cursor = from;
            foreach (var change in bandChanges)
            {
                if (change <= cursor || change >= until) continue;
                var band = space.BandOn(child.BirthMonth, cursor);
                flows.Exposure.Add((space.StateOf(band, category), change.DayNumber - cursor.DayNumber));
                if (change > spell.Start) flows.Ageing.Add(space.StateOf(band, category));
                cursor = change;
            }
            flows.Exposure.Add((space.StateOf(space.BandOn(child.BirthMonth, cursor), category), until.DayNumber - cursor.DayNumber));
        }
        return flows;
    }

    private static bool InWindow(DateOnly day, ReferenceWindow window) => day >= window.From && day < window.To;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
