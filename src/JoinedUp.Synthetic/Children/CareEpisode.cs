namespace JoinedUp.Synthetic.Children;

/// <summary>
/// An episode of care as SSDA903 defines it: a period in which legal status, placement and carer stay the same.
/// Codes are the DfE's. <see cref="End"/> is the date the episode ceased (DEC); the next episode of the same period
/// of care commences on that same date.
/// </summary>
public sealed class CareEpisode
{
    public required DateOnly Start { get; init; }
    public DateOnly? End { get; set; }

    /// <summary>RNE: S started to be looked after, L legal status change, P placement change, T both.</summary>
    public required string ReasonNewEpisode { get; init; }

    /// <summary>LS: C1, C2, D1, E1, J1-J3, L1-L3, V2-V4.</summary>
    public required string LegalStatus { get; init; }

    /// <summary>CIN: category of need N1-N8, the same for every episode of a period of care.</summary>
    public required string CategoryOfNeed { get; init; }

    /// <summary>PLACE: A3-A6, H5, K1, K2, P1-P3, R1-R5, S1, T0-T4, U1-U6, Z1.</summary>
    public required string PlacementType { get; init; }

    /// <summary>PLACE_PROVIDER: PR0 (no provider) to PR5.</summary>
    public required string PlacementProvider { get; init; }

    /// <summary>REC: X1 when care continues in a new episode, E-codes when the child leaves care; null while open.</summary>
    public string? ReasonEpisodeCeased { get; set; }

    /// <summary>REASON_PLACE_CHANGE, where this episode ended because the placement changed.</summary>
    public string? ReasonPlacementChange { get; set; }

    public required string HomePostcode { get; init; }
    public required string PlacementPostcode { get; init; }

    /// <summary>Name of the local authority in whose area the placement is (the host authority).</summary>
    public required string HostAuthority { get; init; }

    /// <summary>Ofsted URN of the placement (children's homes, secure units, residential schools); null where none.</summary>
    public string? Urn { get; init; }

    /// <summary>The weekly cost class of the placement, from its type, provider and legal status.</summary>
    public required PlacementCostClass CostClass { get; init; }

    /// <summary>Weekly cost of the placement in pounds, around the London average for its cost class.</summary>
    public required decimal WeeklyCost { get; init; }

    public int LengthInDays(DateOnly ifOpen) => (End ?? ifOpen).DayNumber - Start.DayNumber;
}
