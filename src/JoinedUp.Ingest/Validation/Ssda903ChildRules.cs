using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using static JoinedUp.Domain.Codes.Ssda903Rules;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// The SSDA903 rules that look at more than one field, more than one row or more than one table: episode dates
/// in order and not overlapping, DEC after DECOM, a header row for every child with episodes, age at the start of
/// an episode, placement type consistent with legal status, dates inside the collection year.
/// </summary>
public sealed class Ssda903ChildRules(SubmissionKey key, string episodesFile)
{
    private const string Table = "episodes";

    /// <summary>Rules on one episode, given the child's date of birth from the header (null if unknown).</summary>
    public void CheckEpisode(string child, int row, DateOnly start, DateOnly? end, string? rne, string? legalStatus, string? placement,
        string? reasonCeased, string? urn, bool childInHeader, DateOnly? birth, IssueSink issues)
    {
        if (!childInHeader)
            issues.Add(Issue(ChildNotInHeader, row, child, "CHILD", "The episode's child (CHILD) has no row in the header table."));
        if (end is { } e && e < start)
            issues.Add(Issue(DecBeforeDecom, row, child, "DEC", $"The episode ended ({e:dd/MM/yyyy}) before it began ({start:dd/MM/yyyy})."));
        if (end is { } same && same == start && reasonCeased != "X1")
            issues.Add(Issue(EpisodeUnder24Hours, row, child, "DEC", "The episode began and ended on the same day."));
        if ((end is null) != (reasonCeased is null))
            issues.Add(Issue(DecAndRecMismatch, row, child, end is null ? "DEC" : "REC",
                end is null ? "REC is given but the episode has no end date (DEC)." : "The episode has an end date (DEC) but no reason (REC)."));
        if (start > key.PeriodEnd)
            issues.Add(Issue(DecomAfterCollectionEnd, row, child, "DECOM", $"The episode begins on {start:dd/MM/yyyy}, after the collection year ended on {key.PeriodEnd:dd/MM/yyyy}."));
        if (end is { } late && late > key.PeriodEnd)
            issues.Add(Issue(DecAfterCollectionEnd, row, child, "DEC", $"The episode ends on {late:dd/MM/yyyy}, after the collection year ended on {key.PeriodEnd:dd/MM/yyyy}."));
        if (birth is { } dob)
        {
            if (start < dob)
                issues.Add(Issue(FirstEpisodeBeforeBirth, row, child, "DECOM", $"The episode begins on {start:dd/MM/yyyy}, before the child's date of birth."));
            else if (AgeOn(dob, start) >= 18 && rne == "S")
                issues.Add(Issue(StartedCareAged18OrOver, row, child, "DECOM", $"The child started to be looked after aged {AgeOn(dob, start)}."));
            else if (AgeOn(dob, start) >= 21)
                issues.Add(Issue(AgeAtEpisodeStartImplausible, row, child, "DECOM", $"The child was {AgeOn(dob, start)} when the episode began."));
        }
        if (placement is not null && Ssda903CodeLists.PlacedForAdoptionTypes.Contains(placement) && legalStatus is not ("E1" or "D1"))
            issues.Add(Issue(PlacementInconsistentWithLegalStatus, row, child, "PLACE", $"Placement {placement} is a placement for adoption but the legal status is {legalStatus ?? "blank"}, not E1 or D1."));
        if (placement is not null && urn is null && Ssda903CodeLists.PlacementTypesRequiringUrn.Contains(placement))
            issues.Add(Issue(UrnRequired, row, child, "URN", $"Placement type {placement} needs the Ofsted URN of the placement."));
    }

    /// <summary>Rules across one child's episodes: each episode ends before the next begins, and only the last is open.</summary>
    public void CheckSequence(string child, List<EpisodeSpan> episodes, IssueSink issues)
    {
        if (episodes.Count < 2) return;
        episodes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Row.CompareTo(b.Row));
        for (var i = 1; i < episodes.Count; i++)
        {
            var previous = episodes[i - 1];
            var current = episodes[i];
            if (previous.End is null)
                issues.Add(Issue(PreviousEpisodeNotEnded, previous.Row, child, "DEC", $"A later episode begins on {current.Start:dd/MM/yyyy} (row {current.Row}) but this one has no end date."));
            else if (current.Start < previous.End)
                issues.Add(Issue(EpisodesOverlap, current.Row, child, "DECOM", $"The episode begins on {current.Start:dd/MM/yyyy}, before the previous one (row {previous.Row}) ended on {previous.End:dd/MM/yyyy}."));
        }
    }

    public static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        if (date < birth.AddYears(age)) age--;
        return age;
    }

    private ValidationIssue Issue(RuleDefinition rule, int row, string child, string field, string message) =>
        new(rule.Code, message, episodesFile, Table, row, child, field, IssueSeverity.Flagged);
}
