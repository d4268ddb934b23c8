using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 503F: this year's first episode continues the episode still open at the end of last year's return, so its URN must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>).</summary>
public sealed class Rule503F() : FirstEpisodeAgainstLastYear("503F", "The Ofsted URN of this year's first episode differs from that of the episode still open at the end of last year.", "URN", "Ofsted URN")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.Urn;
}
