using JoinedUp.Domain.Children;

namespace JoinedUp.Forecast.Tests;

/// <summary>Builds loaded episodes for tests.</summary>
internal static class Episodes
{
    private static int _row;

    public static LoadedEpisode Of(string child, string start, string? end, string place = "U1", string la = "302", int returnYear = 2020,
        string? birthMonth = "2010-01-01", string? rec = null) =>
        new(la, returnYear, birthMonth is null ? null : DateOnly.Parse(birthMonth), 1,
            new EpisodeRecord(child, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), "L", "C2", "N1", place, "PR1",
                rec ?? (end is null ? null : "E11"), null, null, null, null, Interlocked.Increment(ref _row)));
}
