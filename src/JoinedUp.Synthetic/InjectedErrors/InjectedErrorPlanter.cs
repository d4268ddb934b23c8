using JoinedUp.Synthetic.Simulation;
using JoinedUp.Synthetic.Ssda903;

namespace JoinedUp.Synthetic.InjectedErrors;

/// <summary>
/// Plants the documented errors in one return, at the rates in <see cref="InjectedErrorRates"/>, and counts exactly
/// what it planted. Each child gets at most one planted error, so independent checks on the files find each once.
/// </summary>
internal sealed class InjectedErrorPlanter(Random rng)
{
    private static readonly string[] AdoptionPlacements = ["A3", "A4", "A5", "A6"];

    private readonly HashSet<string> _touched = [];

    public Dictionary<InjectedErrorKind, int> Plant(Ssda903Return ret)
    {
        var byChild = ret.Episodes.GroupBy(e => e.Child).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Start).ToList());
        // Children looked after in the year (the header also holds care leavers, who have no episodes to spoil).
        var childOrder = ret.Header.Select(h => h.Child).Where(byChild.ContainsKey).ToList();
        Shuffle(childOrder);
        var headerByChild = ret.Header.ToDictionary(h => h.Child);
        var counts = new Dictionary<InjectedErrorKind, int>();
        foreach (var rate in InjectedErrorRates.All)
        {
            var target = rng.RoundStochastic(rate.Rate * (rate.PerChild ? childOrder.Count : ret.Episodes.Count));
            var planted = 0;
            foreach (var child in childOrder)
            {
                if (planted >= target) break;
                if (_touched.Contains(child)) continue;
                var episodes = byChild[child];
                if (!TryPlant(rate.Kind, ret, episodes, headerByChild[child])) continue;
                _touched.Add(child);
                planted++;
            }
            counts[rate.Kind] = planted;
        }
        if (ret.LeftOutOfHeader.Count > 0) ret.Header.RemoveAll(h => ret.LeftOutOfHeader.Contains(h.Child));
        return counts;
    }

    private bool TryPlant(InjectedErrorKind kind, Ssda903Return ret, List<EpisodeRow> episodes, HeaderRow header)
    {
        switch (kind)
        {
            case InjectedErrorKind.EpisodeCeasesBeforeItStarts:
                {
                    var closed = episodes.FirstOrDefault(e => e.End is not null);
                    if (closed is null) return false;
                    closed.End = closed.Start.AddDays(-rng.Next(1, 31));
                    return true;
                }
            case InjectedErrorKind.OverlappingEpisodes:
                {
                    for (var i = 0; i + 1 < episodes.Count; i++)
                    {
                        var (earlier, later) = (episodes[i], episodes[i + 1]);
                        if (earlier.End != later.Start) continue;
                        var room = Math.Min((later.End ?? ret.PeriodEnd).DayNumber - later.Start.DayNumber - 1, ret.PeriodEnd.DayNumber - later.Start.DayNumber);
                        if (room < 1) continue;
                        earlier.End = later.Start.AddDays(rng.Next(1, Math.Min(room, 14) + 1));
                        return true;
                    }
                    return false;
                }
            case InjectedErrorKind.MissingCategoryOfNeed:
                episodes[rng.Next(episodes.Count)].CategoryOfNeed = "";
                return true;
            case InjectedErrorKind.EpisodeChildNotInHeader:
                if (episodes.Count != 1) return false;
                ret.LeftOutOfHeader.Add(header.Child);
                return true;
            case InjectedErrorKind.BornAfterEpisodeStart:
                header.DateOfBirth = episodes[0].Start.AddDays(rng.Next(1, 61));
                return true;
            case InjectedErrorKind.AdoptionPlacementWithoutPlacementOrder:
                {
                    var fostering = episodes.FirstOrDefault(e => e.PlacementType.StartsWith('U') && e.LegalStatus is "C1" or "C2" or "V2");
                    if (fostering is null) return false;
                    fostering.PlacementType = AdoptionPlacements[rng.Next(AdoptionPlacements.Length)];
                    return true;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
