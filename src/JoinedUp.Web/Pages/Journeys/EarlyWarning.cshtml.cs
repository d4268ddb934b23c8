using System.Globalization;
using JoinedUp.Analytics.EarlyWarning;
using JoinedUp.Analytics.Journeys;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Journeys;

/// <summary>
/// The early warning for an LA's own users: the children the rules list for a DSR review on a day, each with the
/// conditions they meet, the rules in words with a form to tune them, and beside them the backtest of the same rules
/// over the LA's past (sensitivity, precision, median lead time). Other roles are refused with 403; views are audited.
/// </summary>
public sealed class EarlyWarningModel(RegionalStore store, AuditLog audit) : ScopedPage
{
    public EarlyWarningSettings Settings { get; private set; } = EarlyWarningSettings.Default;
    public DateOnly AsOf { get; private set; }
    public IReadOnlyList<EarlyWarningFlag> Flags { get; private set; } = [];
    public EarlyWarningBacktest.Result? Backtest { get; private set; }
    public int Children { get; private set; }
    public string? Problem { get; private set; }
    public string LaName { get; private set; } = "";

    public IActionResult OnGet(string? asOf, int? minSignals, int? ageFrom, int? ageTo, int? recentMonths, int? outcomeMonths, string[]? off)
    {
        var la = Scope.OwnLa;
        if (la is null)
        {
            audit.Record(User, "early-warning.view", Scope.Organisation, AuditLog.Denied, "role sees no child-level data");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        LaName = Region.Contains(la) ? Region[la].Name : la;
        var without = (off ?? []).ToHashSet(StringComparer.Ordinal);
        var d = EarlyWarningSettings.Default;
        Settings = d with
        {
            MinimumSignals = minSignals ?? d.MinimumSignals,
            AgeFrom = ageFrom ?? d.AgeFrom,
            AgeTo = ageTo ?? d.AgeTo,
            RecentMonths = recentMonths ?? d.RecentMonths,
            OutcomeWithinMonths = outcomeMonths ?? d.OutcomeWithinMonths,
            UseEhcPlanNeeds = !without.Contains("ehc-plan"),
            UseRecentExclusion = !without.Contains("exclusion"),
            UseRecentSchoolMove = !without.Contains("school-move"),
            UsePersistentAbsence = !without.Contains("absence"),
            UseOpenCinPlan = !without.Contains("cin-plan"),
            UseOpenCpPlan = !without.Contains("cp-plan"),
        };
        var loaded = LaJourneys.Load(store, la);
        Children = loaded.Journeys.Count;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        AsOf = loaded.Span is { } span && span.To < today ? span.To : today;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) AsOf = day;
            else Problem = $"Date '{asOf}' is not a date written yyyy-mm-dd, for example 2024-03-31.";
        }
        Problem ??= Settings.Problem();
        if (Problem is not null)
        {
            audit.Record(User, "early-warning.view", la, AuditLog.Allowed, "settings refused");
            return Page();
        }
        Flags = EarlyWarningRules.Apply(loaded.Journeys, AsOf, Settings).OrderByDescending(f => f.Reasons.Count).ThenBy(f => f.Pseudonym, StringComparer.Ordinal).ToList();
        if (loaded.Span is { } s) Backtest = EarlyWarningBacktest.Run(loaded.Journeys, Settings, s.From, s.To);
        audit.Record(User, "early-warning.view", la, AuditLog.Allowed, $"{Flags.Count} children listed on {AsOf:yyyy-MM-dd}");
        return Page();
    }

    public static string Percent(double? share) => share is { } s ? $"{100 * s:0.0}%" : "not known";
}
