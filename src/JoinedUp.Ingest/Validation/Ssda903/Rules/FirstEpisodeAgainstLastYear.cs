using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The DfE's 503 rules: when the child's last episode in last year's return (the one with the latest start date) was still
/// open, this year's first episode continues it, so one of its fields must be as it was. A blank matches only a blank.
/// Runs when last year's return is held; the fields compared (RNE, LS, CIN, PLACE, PLACE_PROVIDER, URN) are kept whole
/// by the store, so the comparison is exact either way.
/// </summary>
public abstract class FirstEpisodeAgainstLastYear(string code, string message, string field, string meaning) : Ssda903Rule(code, message, "Episodes", field)
{
    private readonly string _field = field;

    public override bool NeedsPreviousReturn => true;

    /// <summary>The value compared.</summary>
    protected abstract string? ValueOf(EpisodeRow episode);

    /// <summary>True when a change the DfE accepts in the return's year (e.g. 503D's H5 to K3 in 2024/25).</summary>
    protected virtual bool Accepted(string? now, string? before, int year) => false;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        if (episodes.Count == 0 || child.Previous is not { } previous) return;
        var earlier = previous.EpisodesInOrder;
        EpisodeRow? last = null;
        for (var i = earlier.Count - 1; i >= 0; i--)
            if (earlier[i].Decom is not null)
            {
                last = earlier[i];
                break;
            }
        if (last is null || last.DecText is not null) return;
        var first = episodes[0];
        string? now = ValueOf(first), before = ValueOf(last);
        if (now == before || Accepted(now, before, child.Return.Year)) return;
        findings.Add(first, _field, $"This year's first episode has {meaning} {now ?? "blank"}, but the episode still open at the end of {child.Return.Previous!.Source} had {before ?? "blank"}.");
    }
}
