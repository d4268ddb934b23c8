using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 503A: this year's first episode continues the episode still open at the end of last year's return, so its RNE must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>).</summary>
public sealed class Rule503A() : FirstEpisodeAgainstLastYear("503A", "The reason for new episode of this year's first episode differs from that of the episode still open at the end of last year.", "RNE", "reason for new episode")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.Rne;
}
