using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Forecast.Scenarios;
using JoinedUp.Web.Scoping;
using Microsoft.Extensions.Primitives;

namespace JoinedUp.Web.Forecasting;

/// <summary>An area a user may forecast: the whole region, an ICS footprint or one LA, with the LAs whose returns count (null: every LA in the store).</summary>
public sealed record ForecastArea(string Key, string Name, IReadOnlyList<string>? LaCodes);

/// <summary>
/// The forecast form read from the query string and checked against the user's scope: an area outside it is refused
/// (403), never widened. The optional scenario is an entry rate change, a residential to fostering step-down change
/// and a unit cost change, all from one date.
/// </summary>
public sealed record ForecastForm(
    ForecastArea Area,
    DateOnly Start,
    int Years,
    bool Bands,
    string? ScenarioName,
    double EntryPercent,
    double StepDownPercent,
    double CostPercent,
    DateOnly ScenarioFrom)
{
    public const string Region = "region";

    /// <summary>The earliest and latest dates a forecast may start (or a scenario take effect) from.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1), LatestDate = new(2100, 12, 31);
    public const string FootprintPrefix = "ics:";

    public bool HasScenario => ScenarioName is not null;

    /// <summary>The scenario, named, with an adjustment for each change that is not zero.</summary>
    public Scenario? Scenario()
    {
        if (ScenarioName is null) return null;
        var adjustments = new List<ScenarioAdjustment>();
        if (EntryPercent != 0) adjustments.Add(new EntryRateAdjustment(ScenarioFrom, EntryPercent));
        if (StepDownPercent != 0) adjustments.Add(new TransitionRateAdjustment(ScenarioFrom, StepDownPercent, "residential", "fostering"));
        if (CostPercent != 0) adjustments.Add(new UnitCostAdjustment(ScenarioFrom, CostPercent));
        return new Scenario(ScenarioName, adjustments, Describe());
    }

    public string Describe() => string.Join("; ", new[]
    {
        EntryPercent != 0 ? $"entries to care {EntryPercent:+0.#;-0.#}%" : null,
        StepDownPercent != 0 ? $"residential to fostering step-downs {StepDownPercent:+0.#;-0.#}%" : null,
        CostPercent != 0 ? $"unit costs {CostPercent:+0.#;-0.#}%" : null,
    }.Where(t => t is not null)) is { Length: > 0 } text ? text + $" from {ScenarioFrom:d MMMM yyyy}" : "no change";

    /// <summary>The cache key: everything that changes the result.</summary>
    public string Key => string.Join("|", Area.Key, Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Years, Bands,
        ScenarioName ?? "", EntryPercent.ToString("R", CultureInfo.InvariantCulture), StepDownPercent.ToString("R", CultureInfo.InvariantCulture),
        CostPercent.ToString("R", CultureInfo.InvariantCulture), ScenarioFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The query string that runs this form again.</summary>
    public string Query(bool withScenario = true)
    {
        var parts = new List<(string, string)> { ("area", Area.Key), ("start", Iso(Start)), ("years", Years.ToString(CultureInfo.InvariantCulture)) };
        if (Bands) parts.Add(("bands", "on"));
        if (withScenario && ScenarioName is not null)
        {
            parts.Add(("name", ScenarioName));
            parts.Add(("entry", Number(EntryPercent)));
            parts.Add(("stepdown", Number(StepDownPercent)));
            parts.Add(("cost", Number(CostPercent)));
            parts.Add(("from", Iso(ScenarioFrom)));
        }
        return "?" + string.Join("&", parts.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
    }

    /// <summary>The areas the user may forecast: the region (regional roles), their footprint (ICS leads) and each LA they see.</summary>
    public static IReadOnlyList<ForecastArea> Areas(UserScope scope, Region region)
    {
        var areas = new List<ForecastArea>();
        if (region.Members.Count > 0 && region.Members.All(la => scope.LaCodes.Contains(la.DfeCode))) areas.Add(new ForecastArea(Region, region.Name, null));
        else if (scope.Role == Accounts.Roles.IcsLead && region.Footprints.TryGetValue(scope.Organisation, out var members))
            areas.Add(new ForecastArea(FootprintPrefix + scope.Organisation, scope.Organisation + " (ICS)", members.Order(StringComparer.Ordinal).ToList()));
        areas.AddRange(region.Members.Where(la => scope.LaCodes.Contains(la.DfeCode)).Select(la => new ForecastArea(la.DfeCode, la.Name, [la.DfeCode])));
        return areas;
    }

    /// <summary>
    /// Reads the form; no area means the form has not been submitted (Form null). Errors are the user's to fix; Forbidden is an
    /// area outside their scope. A start date outside <paramref name="range"/> (the returns loaded) is an error naming the range.
    /// </summary>
    public static (ForecastForm? Form, IReadOnlyList<string> Errors, bool Forbidden) Read(IEnumerable<KeyValuePair<string, StringValues>> fields, IReadOnlyList<ForecastArea> areas, DateOnly defaultStart,
        ForecastStartRange? range = null)
    {
        var values = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        string? Get(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        var areaKey = Get("area");
        if (areaKey is null) return (null, [], false);
        var area = areas.FirstOrDefault(a => a.Key == areaKey);
        if (area is null) return (null, [], true);
        var errors = new List<string>();
        var start = defaultStart;
        if (Get("start") is { } startText && !DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            errors.Add("Enter the start date as a date, for example 2025-04-01.");
        else if (range is not null) { if (!range.Allows(start)) errors.Add(range.Message); }
        else if (start < EarliestDate || start > LatestDate) errors.Add($"Enter a start date from {ForecastStartRange.Long(EarliestDate)} to {ForecastStartRange.Long(LatestDate)}.");
        var years = 5;
        if (Get("years") is { } yearsText && (!int.TryParse(yearsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out years) || years is < 1 or > 10))
            errors.Add("Enter a number of years from 1 to 10.");
        double Percent(string field, string label)
        {
            if (Get(field) is not { } text) return 0;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= -100 and <= 1000) return value;
            errors.Add($"Enter the {label} as a percentage from -100 to 1000.");
            return 0;
        }
        var entry = Percent("entry", "entry rate change");
        var stepDown = Percent("stepdown", "step-down change");
        var cost = Percent("cost", "unit cost change");
        var from = start;
        if (Get("from") is { } fromText && !DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
            errors.Add("Enter the date the scenario starts from as a date, for example 2025-04-01.");
        // Not given, the scenario starts with the forecast: a wrong start date is reported once, on the start date.
        else if (Get("from") is not null && (from < EarliestDate || from > LatestDate)) errors.Add($"Enter the date the scenario starts from between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
        var name = Get("name");
        if (name is { Length: > 100 }) errors.Add("Enter a scenario name of 100 characters or fewer.");
        if (name is null && (entry != 0 || stepDown != 0 || cost != 0)) errors.Add("Enter a name for the scenario.");
        if (errors.Count > 0) return (null, errors, false);
        return (new ForecastForm(area, start, years, Get("bands") is not null, name, entry, stepDown, cost, from), [], false);
    }

    /// <summary>The form's fields for a saved scenario: the first date and the percentage of each kind of adjustment it holds.</summary>
    public static (double Entry, double StepDown, double Cost, DateOnly? From) FieldsOf(Scenario scenario) => (
        scenario.Adjustments.OfType<EntryRateAdjustment>().Select(a => a.Percent).FirstOrDefault(),
        scenario.Adjustments.OfType<TransitionRateAdjustment>().Where(a => a.FromCategory == "residential" && a.ToCategory == "fostering").Select(a => a.Percent).FirstOrDefault(),
        scenario.Adjustments.OfType<UnitCostAdjustment>().Select(a => a.Percent).FirstOrDefault(),
        scenario.Adjustments.Select(a => (DateOnly?)a.From).Min());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
