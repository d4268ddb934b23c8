namespace JoinedUp.Synthetic.InjectedErrors;

/// <summary>
/// The table of injected error rates (also in the project README). Each child carries at most one injected error in a
/// return, so the checks in <see cref="InjectedErrorRate.HowToFind"/> count each one exactly once.
/// </summary>
public static class InjectedErrorRates
{
    public static IReadOnlyList<InjectedErrorRate> All { get; } =
    [
        new(InjectedErrorKind.EpisodeCeasesBeforeItStarts, 0.005, false, "episodes rows with DEC before DECOM"),
        new(InjectedErrorKind.OverlappingEpisodes, 0.005, false, "per CHILD, episodes sorted by DECOM: pairs where the next DECOM is before the previous DEC"),
        new(InjectedErrorKind.MissingCategoryOfNeed, 0.003, false, "episodes rows with CIN blank"),
        new(InjectedErrorKind.EpisodeChildNotInHeader, 0.002, false, "episodes rows whose CHILD is not in header.csv"),
        new(InjectedErrorKind.BornAfterEpisodeStart, 0.002, true, "header children whose DOB is after the earliest DECOM of their episodes"),
        new(InjectedErrorKind.AdoptionPlacementWithoutPlacementOrder, 0.002, false, "episodes rows with PLACE A3-A6 and LS not E1 or D1"),
    ];

    public static InjectedErrorRate Of(InjectedErrorKind kind) => All.Single(r => r.Kind == kind);
}
