using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// For rules SW16a/b/cSTG2: when the child's latest social worker episode in last year's return was still open, the
/// first social worker episode of this year's return is that same episode carried over. Returns this year's first
/// episode and last year's open one, or nulls when there is nothing to compare.
/// </summary>
internal static class OpenSocialWorkerEpisodeCarriedOver
{
    public static (SocialWorkerEpisodeRow? First, SocialWorkerEpisodeRow? LastYearsOpen) Find(ChildReturn child)
    {
        if (child.SocialWorkerEpisodes.Count == 0) return (null, null);
        var previous = child.Previous;
        if (previous is null || previous.SocialWorkerEpisodes.Count == 0) return (null, null);
        var lastYears = SocialWorkerEpisodeOrder.Last(previous.SocialWorkerEpisodes);
        if (lastYears is null || lastYears.SwDecText is not null) return (null, null);
        var first = SocialWorkerEpisodeOrder.First(child.SocialWorkerEpisodes);
        return first is null ? (null, null) : (first, lastYears);
    }
}
