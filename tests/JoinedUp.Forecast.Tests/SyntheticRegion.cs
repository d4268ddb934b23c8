using JoinedUp.Domain.Children;

namespace JoinedUp.Forecast.Tests;

/// <summary>
/// A synthetic region for tests and the benchmark: LAs with about 300 children in care each, entering at
/// random, moving between placements and leaving, over six collection years, each year's return holding
/// the episodes open during that year (so later returns repeat and supersede earlier ones).
/// </summary>
internal static class SyntheticRegion
{
    private static readonly string[] Places = ["U1", "U3", "U4", "U6", "K2", "S1", "H5", "P2", "K1", "P1", "A3", "T2"];
    private static readonly double[] PlaceWeights = [20, 15, 15, 12, 8, 3, 8, 4, 1, 6, 3, 2];

    public static IReadOnlyList<LoadedEpisode> Episodes(int localAuthorities = 33, int seed = 1)
    {
        var random = new Random(seed);
        var episodes = new List<LoadedEpisode>();
        var first = new DateOnly(2019, 4, 1);
        var last = new DateOnly(2025, 3, 31);
        for (var la = 0; la < localAuthorities; la++)
        {
            var code = (301 + la).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entriesPerDay = 0.35 + random.NextDouble() * 0.2;
            var child = 0;
            // Start a few years early so the region is in a steady state.
            for (var day = first.AddYears(-4); day <= last; day = day.AddDays(1))
            {
                var arrivals = Poisson(random, entriesPerDay);
                for (var a = 0; a < arrivals; a++)
                {
                    var pseudonym = $"{code}-{child++}";
                    var age = random.Next(0, 17);
                    var birth = day.AddYears(-age).AddMonths(-random.Next(0, 12));
                    var birthMonth = new DateOnly(birth.Year, birth.Month, 1);
                    var start = day;
                    var leave = day.AddDays((int)(-Math.Log(1 - random.NextDouble()) * 700) + 1);
                    while (start < leave && start <= last)
                    {
                        var end = start.AddDays((int)(-Math.Log(1 - random.NextDouble()) * 400) + 1);
                        var closes = end >= leave ? leave : end;
                        AddReturns(episodes, code, birthMonth, pseudonym, start, closes, end < leave, PickPlace(random), last);
                        start = closes;
                    }
                }
            }
        }
        return episodes;
    }

    private static void AddReturns(List<LoadedEpisode> episodes, string la, DateOnly birthMonth, string child, DateOnly start, DateOnly end, bool continues, string place, DateOnly last)
    {
        for (var year = 2020; year <= 2025; year++)
        {
            var yearStart = new DateOnly(year - 1, 4, 1);
            var yearEnd = new DateOnly(year, 4, 1);
            if (start >= yearEnd || end <= yearStart || start > last) continue;
            DateOnly? dec = end < yearEnd ? end : null; // still open at the end of this return's year
            var record = new EpisodeRecord(child, start, dec, "L", "C2", "N1", place, "PR1", dec is null ? null : continues ? "X1" : "E11",
                null, null, null, null, episodes.Count + 1);
            episodes.Add(new LoadedEpisode(la, year, birthMonth, 1, record));
        }
    }

    private static string PickPlace(Random random)
    {
        var x = random.NextDouble() * PlaceWeights.Sum();
        for (var i = 0; i < Places.Length; i++)
        {
            x -= PlaceWeights[i];
            if (x < 0) return Places[i];
        }
        return Places[^1];
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) k++;
        return k;
    }
}
