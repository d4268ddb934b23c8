namespace JoinedUp.Analytics.Cohort;

/// <summary>
/// Which episodes are placement moves and which moves are breakdowns.
/// A move is an episode that began with a change of placement: reason for new episode (RNE) P (placement and carer),
/// T (placement only), B (legal status and placement) or U (legal status and placement, same carer).
/// A breakdown is a move whose REASON_PLACE_CHANGE says the placement ended unplanned: CREQB (carer requests end,
/// child's behaviour), CREQO (carer requests end, other reasons), CHILD (child requests end), ALLEG (allegation),
/// STAND (standards of care concern) or LAREQ (LA requests end). CARPL (care plan), CLOSE, APPRR, CUSTOD, INHOUSE,
/// PLACE and OTHER are treated as planned or administrative. The reason is read from the episode the move began.
/// </summary>
public static class PlacementChanges
{
    public static IReadOnlySet<string> MoveReasons { get; } = new HashSet<string> { "P", "T", "B", "U" };

    public static IReadOnlySet<string> BreakdownReasons { get; } = new HashSet<string> { "CREQB", "CREQO", "CHILD", "ALLEG", "STAND", "LAREQ" };

    public static bool IsMove(string? reasonNewEpisode) => reasonNewEpisode is not null && MoveReasons.Contains(reasonNewEpisode.Trim().ToUpperInvariant());

    public static bool IsBreakdown(string? reasonPlaceChange) => reasonPlaceChange is not null && BreakdownReasons.Contains(reasonPlaceChange.Trim().ToUpperInvariant());
}
