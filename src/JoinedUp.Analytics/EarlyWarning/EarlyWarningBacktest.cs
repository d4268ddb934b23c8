using JoinedUp.Analytics.Journeys;

namespace JoinedUp.Analytics.EarlyWarning;

/// <summary>
/// Replays the rules on the first day of each month over the past: each day only what is dated on or before it is
/// used. An escalation is a child's entry into residential or inpatient care (<see cref="ResidentialCare"/>); a flag
/// "precedes" it when the entry comes within <see cref="EarlyWarningSettings.OutcomeWithinMonths"/> after the day.
/// Days run from <see cref="EarlyWarningSettings.RecentMonths"/> after the LA's data begins (so "recent" has data behind
/// it) to that many outcome months before it ends (so every flag has its whole outcome window in the data).
/// Sensitivity: of the children who entered such care within the window after some replayed day, the share flagged on
/// at least one of those days before entering. Precision: of all flags (child and day), the share followed by an entry
/// within the window. Lead time: for each escalated child flagged, the days from their first flag in the window to
/// entry; the median is reported.
/// </summary>
public static class EarlyWarningBacktest
{
    public sealed record Result(DateOnly? From, DateOnly? To, int Days, int Flags, int FlagsFollowedByEscalation, int EscalatedChildren,
        int EscalatedChildrenFlagged, double? Sensitivity, double? Precision, double? MedianLeadDays, string? Note);

    /// <param name="dataFrom">The first day the LA's data covers.</param>
    /// <param name="dataTo">The last day it covers.</param>
    public static Result Run(IReadOnlyList<ChildJourney> journeys, EarlyWarningSettings settings, DateOnly dataFrom, DateOnly dataTo)
    {
        var first = new DateOnly(dataFrom.Year, dataFrom.Month, 1).AddMonths(settings.RecentMonths + (dataFrom.Day == 1 ? 0 : 1));
        var last = dataTo.AddMonths(-settings.OutcomeWithinMonths);
        if (last < first)
            return new Result(null, null, 0, 0, 0, 0, 0, null, null, null,
                $"The data covers {dataFrom:d MMMM yyyy} to {dataTo:d MMMM yyyy}: too short for {settings.RecentMonths} months of history and {settings.OutcomeWithinMonths} months of outcome.");
        var days = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddMonths(1)) days.Add(d);
        var window = settings.OutcomeWithinMonths;
        int flags = 0, followed = 0, escalated = 0, escalatedFlagged = 0;
        var leads = new List<int>();
        foreach (var child in journeys)
        {
            var entries = child.Episodes.Where(ResidentialCare.IsResidentialOrInpatient).Select(e => e.Start)
                .Concat(child.Snapshot.Where(p => ResidentialCare.IsSnapshotResidentialOrInpatient(p.PlacementType) && p.PlacementStart is not null).Select(p => p.PlacementStart!.Value))
                .Distinct().Order().ToList();
            DateOnly? Next(DateOnly day) => entries.FirstOrDefault(t => t > day && t <= day.AddMonths(window)) is var t && t != default ? t : null;
            var flaggedDays = days.Where(d => EarlyWarningRules.Check(child, d, settings) is not null).ToList();
            flags += flaggedDays.Count;
            followed += flaggedDays.Count(d => Next(d) is not null);
            // The child's escalation in scope: the first entry that follows a replayed day on which they were not already in such care.
            var entry = days.Where(d => !EarlyWarningRules.InResidentialOrInpatientCare(child, d)).Select(Next).OfType<DateOnly>().Order().Select(t => (DateOnly?)t).FirstOrDefault();
            if (entry is not { } t) continue;
            escalated++;
            var lead = flaggedDays.Where(d => d < t && d >= t.AddMonths(-window)).Order().Select(d => (DateOnly?)d).FirstOrDefault();
            if (lead is { } l)
            {
                escalatedFlagged++;
                leads.Add(t.DayNumber - l.DayNumber);
            }
        }
        leads.Sort();
        double? median = leads.Count == 0 ? null : leads.Count % 2 == 1 ? leads[leads.Count / 2] : (leads[leads.Count / 2 - 1] + leads[leads.Count / 2]) / 2.0;
        return new Result(first, last, days.Count, flags, followed, escalated, escalatedFlagged,
            escalated == 0 ? null : Math.Round((double)escalatedFlagged / escalated, 3),
            flags == 0 ? null : Math.Round((double)followed / flags, 3), median, null);
    }
}
