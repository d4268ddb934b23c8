using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 503E: this year's first episode continues the episode still open at the end of last year's return, so its PLACE_PROVIDER must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>).</summary>
public sealed class Rule503E() : FirstEpisodeAgainstLastYear("503E", "The placement provider of this year's first episode differs from that of the episode still open at the end of last year.", "PLACE_PROVIDER", "placement provider")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.PlaceProvider;
}
