using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 503B: this year's first episode continues the episode still open at the end of last year's return, so its LS must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>).</summary>
public sealed class Rule503B() : FirstEpisodeAgainstLastYear("503B", "The legal status of this year's first episode differs from that of the episode still open at the end of last year.", "LS", "legal status")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.Ls;
}
