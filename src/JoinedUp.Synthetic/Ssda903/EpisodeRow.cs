namespace JoinedUp.Synthetic.Ssda903;

/// <summary>One row of the SSDA903 episodes table as it will be written (DEC and REC blank when open at 31 March).</summary>
internal sealed class EpisodeRow
{
    public required string Child { get; init; }
    public required DateOnly Start { get; init; }
    public required string ReasonNewEpisode { get; init; }
    public required string LegalStatus { get; set; }
    public required string CategoryOfNeed { get; set; }
    public required string PlacementType { get; set; }
    public required string PlacementProvider { get; init; }
    public DateOnly? End { get; set; }
    public string? ReasonEpisodeCeased { get; init; }
    public string? ReasonPlacementChange { get; init; }
    public required string HomePostcode { get; init; }
    public required string PlacementPostcode { get; init; }
    public string? Urn { get; init; }
}
