namespace JoinedUp.Synthetic.InjectedErrors;

/// <summary>
/// The rule-level errors the generator plants in SSDA903 returns on purpose, so that a validator has known faults to
/// find. Every one leaves the file readable and loadable: no unknown codes, no malformed dates.
/// </summary>
public enum InjectedErrorKind
{
    /// <summary>An episode whose DEC is before its DECOM.</summary>
    EpisodeCeasesBeforeItStarts,
    /// <summary>Two episodes of the same child that overlap: the earlier one's DEC is after the later one's DECOM.</summary>
    OverlappingEpisodes,
    /// <summary>An episode with no category of need (CIN blank).</summary>
    MissingCategoryOfNeed,
    /// <summary>An episode whose CHILD is not in the header.</summary>
    EpisodeChildNotInHeader,
    /// <summary>A child whose date of birth (header DOB) is after the start of their first episode in the return.</summary>
    BornAfterEpisodeStart,
    /// <summary>An adoption placement (PLACE A3-A6) under a legal status other than a placement order (E1) or freeing order (D1).</summary>
    AdoptionPlacementWithoutPlacementOrder,
}
