using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// The DfE's placement age rules (370 to 374, 371's code by year): a child placed in a placement of the given type must
/// have reached the given age on the day the episode began (DECOM). Episodes without a valid DECOM, or a child without a
/// valid date of birth, are left to the date rules. Unlike the Python validator LAs use, an episode still open is checked
/// too: the DfE's condition compares DECOM with the date of birth only.
/// </summary>
public abstract class PlacementMinimumAge(string code, string message) : Ssda903Rule(code, message, "Episodes", "DECOM", "PLACE", "DOB")
{
    /// <summary>The placement code the rule concerns in <paramref name="year"/>.</summary>
    protected abstract string PlacementFor(int year);

    protected abstract int MinimumAge { get; }

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0 || child.Dob is not { } dob) return;
        var place = PlacementFor(child.Return.Year);
        DateOnly? birthday = null;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Decom is not { } start || !string.Equals(episode.Place, place, StringComparison.Ordinal)) continue;
            birthday ??= dob.AddYears(MinimumAge);
            if (start < birthday.Value) Report(findings, episode, start, place);
        }
    }

    private void Report(RuleFindings findings, EpisodeRow episode, DateOnly start, string place) =>
        findings.Add(episode, "DECOM", $"The episode began on {start:dd/MM/yyyy} in placement {place}, before the child was {MinimumAge}; a child in this placement should be at least {MinimumAge}.");
}
