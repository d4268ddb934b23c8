using JoinedUp.Analytics.Journeys;

namespace JoinedUp.Analytics.EarlyWarning;

/// <summary>
/// Applies <see cref="EarlyWarningSettings"/> to children's journeys as of a day, using only what is dated on or before
/// that day (so the same rules can be replayed on past days for the backtest).
/// </summary>
public static class EarlyWarningRules
{
    public static IReadOnlyList<EarlyWarningFlag> Apply(IEnumerable<ChildJourney> journeys, DateOnly asOf, EarlyWarningSettings settings) =>
        journeys.Select(j => Check(j, asOf, settings)).OfType<EarlyWarningFlag>().ToList();

    /// <summary>The flag for one child on a day, or null when a gate stops them or too few signals are met.</summary>
    public static EarlyWarningFlag? Check(ChildJourney child, DateOnly asOf, EarlyWarningSettings settings)
    {
        if (child.AgeOn(asOf) is not { } age || age < settings.AgeFrom || age > settings.AgeTo) return null;
        if (settings.OnlyChildrenNotOnRegister && child.DsrRatings.Any(r => r.On <= asOf)) return null;
        if (InResidentialOrInpatientCare(child, asOf)) return null;
        var recent = asOf.AddMonths(-settings.RecentMonths);
        var signals = new List<string>();
        if (settings.UseEhcPlanNeeds)
        {
            var inForce = child.EhcRequests.Where(r => r.PlanStart is { } s && s <= asOf && (r.PlanCeased is null || r.PlanCeased > asOf)).ToList();
            if (inForce.Count > 0)
            {
                var year = asOf.Month > 3 ? asOf.Year + 1 : asOf.Year;
                var needs = child.SenTypesIn(year).Where(settings.EhcPlanNeeds.Contains).ToList();
                if (needs.Count > 0) signals.Add($"EHC plan in force for {string.Join(" and ", needs)} (since {inForce.Min(r => r.PlanStart)!.Value:d MMMM yyyy})");
            }
        }
        if (settings.UseRecentExclusion && child.Exclusions.Where(x => x.Start > recent && x.Start <= asOf).ToList() is { Count: > 0 } exclusions)
            signals.Add($"{exclusions.Count} suspension{(exclusions.Count == 1 ? "" : "s")} or exclusion{(exclusions.Count == 1 ? "" : "s")} in the last {settings.RecentMonths} months"
                + (exclusions.Any(x => x.Category == "PERM") ? ", one permanent" : "") + $" (latest {exclusions[^1].Start:d MMMM yyyy})");
        if (settings.UseRecentSchoolMove)
        {
            var transfer = child.EscalationPoints.FirstOrDefault(p => p.Name == EscalationPoint.SecondaryTransfer)?.Date;
            var moves = JourneyBuilder.SchoolMoves(child.Exclusions.Where(x => x.Start <= asOf), child.Attendance.Where(a => a.TermStart <= asOf))
                .Where(d => d > recent && d <= asOf && (transfer is null || Math.Abs(d.DayNumber - transfer.Value.DayNumber) > 60)).ToList();
            if (moves.Count > 0) signals.Add($"moved school in the last {settings.RecentMonths} months ({moves[^1]:MMMM yyyy})");
        }
        if (settings.UsePersistentAbsence && child.Attendance.Where(a => a.PersistentlyAbsent && a.TermStart > recent && a.TermStart <= asOf).ToList() is { Count: > 0 } absent)
            signals.Add($"persistently absent in {absent.Count} term{(absent.Count == 1 ? "" : "s")} of the last {settings.RecentMonths} months");
        if (settings.UseOpenCinPlan && child.Referrals.FirstOrDefault(r => r.CinPlanStart is { } s && s <= asOf && (r.CinPlanEnd is null || r.CinPlanEnd > asOf)) is { } cin)
            signals.Add($"child in need plan open since {cin.CinPlanStart!.Value:d MMMM yyyy}");
        if (settings.UseOpenCpPlan && child.Referrals.FirstOrDefault(r => r.CpPlanStart is { } s && s <= asOf && (r.CpPlanEnd is null || r.CpPlanEnd > asOf)) is { } cp)
            signals.Add($"child protection plan open since {cp.CpPlanStart!.Value:d MMMM yyyy} ({AbuseCategory.Words(cp.LatestCategoryOfAbuse ?? cp.InitialCategoryOfAbuse)})");
        if (signals.Count < settings.MinimumSignals) return null;
        var reasons = new List<string>(signals) { $"aged {age}" };
        if (settings.OnlyChildrenNotOnRegister) reasons.Add("not on the Dynamic Support Register");
        return new EarlyWarningFlag(child.La, child.Pseudonym, asOf, age, reasons);
    }

    /// <summary>Whether the child is in a residential or inpatient placement on the day (SSDA903 episodes).</summary>
    public static bool InResidentialOrInpatientCare(ChildJourney child, DateOnly on) =>
        child.Episodes.Any(e => e.Start <= on && (e.End is null || e.End > on) && ResidentialCare.IsResidentialOrInpatient(e));
}
