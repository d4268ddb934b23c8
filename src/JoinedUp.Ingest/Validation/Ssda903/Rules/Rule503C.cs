using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 503C: this year's first episode continues the episode still open at the end of last year's return, so its CIN must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>).</summary>
public sealed class Rule503C() : FirstEpisodeAgainstLastYear("503C", "The category of need of this year's first episode differs from that of the episode still open at the end of last year.", "CIN", "category of need")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.Cin;
}
