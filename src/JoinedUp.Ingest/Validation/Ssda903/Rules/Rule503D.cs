using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 503D: this year's first episode continues the episode still open at the end of last year's return, so its placement
/// type must be the same (see <see cref="FirstEpisodeAgainstLastYear"/>). In 2024/25, when supported accommodation took
/// the new code K3, an open H5 placement carried over as K3 is accepted.
/// </summary>
public sealed class Rule503D() : FirstEpisodeAgainstLastYear("503D", "The placement type of this year's first episode differs from that of the episode still open at the end of last year.", "PLACE", "placement type")
{
    protected override string? ValueOf(EpisodeRow episode) => episode.Place;

    protected override bool Accepted(string? now, string? before, int year) => year == 2025 && now == "K3" && before == "H5";
}
