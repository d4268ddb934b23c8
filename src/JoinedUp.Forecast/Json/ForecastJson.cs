using System.Text.Json;
using System.Text.Json.Nodes;
using JoinedUp.Forecast.Results;

namespace JoinedUp.Forecast.Json;

/// <summary>
/// The forecast as JSON in the shape the CLI and API promise:
/// <c>{"start":"YYYY-MM-DD","points":[{"date":"YYYY-MM-DD","children":N,"cost":N,"states":{...}}]}</c>,
/// plus "area", "years", "scenario", "window", "years" spend and, where bootstrapped, "childrenLow"/"childrenHigh"
/// and "costLow"/"costHigh" on each point. Children are rounded to 2 decimal places, pounds to whole pounds.
/// </summary>
public static class ForecastJson
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Serialize(ForecastResult result, bool indented = false) =>
        ToNode(result).ToJsonString(new JsonSerializerOptions { WriteIndented = indented });

    public static string Serialize(IEnumerable<ForecastResult> results, bool indented = false) =>
        new JsonArray([.. results.Select(r => (JsonNode)ToNode(r))]).ToJsonString(new JsonSerializerOptions { WriteIndented = indented });

    public static JsonObject ToNode(ForecastResult result)
    {
        var points = new JsonArray();
        foreach (var point in result.Points)
        {
            var states = new JsonObject();
            foreach (var (name, count) in point.States) states[name] = Children(count);
            var node = new JsonObject
            {
                ["date"] = point.Date.ToString(DateFormat),
                ["children"] = Children(point.Children),
                ["cost"] = Pounds(point.Cost),
                ["states"] = states,
            };
            if (point.ChildrenInterval is { } ci) { node["childrenLow"] = Children(ci.Low); node["childrenHigh"] = Children(ci.High); }
            if (point.CostInterval is { } co) { node["costLow"] = Pounds(co.Low); node["costHigh"] = Pounds(co.High); }
            points.Add(node);
        }
        var spend = new JsonArray();
        foreach (var year in result.YearlySpend)
        {
            var node = new JsonObject
            {
                ["from"] = year.From.ToString(DateFormat),
                ["to"] = year.To.ToString(DateFormat),
                ["total"] = Pounds(year.Total),
                ["byCategory"] = Amounts(year.ByCategory),
                ["byAgency"] = Amounts(year.ByAgency),
            };
            if (year.TotalInterval is { } ti) { node["totalLow"] = Pounds(ti.Low); node["totalHigh"] = Pounds(ti.High); }
            spend.Add(node);
        }
        return new JsonObject
        {
            ["area"] = result.Area,
            ["scenario"] = result.Scenario,
            ["start"] = result.Start.ToString(DateFormat),
            ["years"] = result.Years,
            ["window"] = new JsonObject { ["from"] = result.Window.From.ToString(DateFormat), ["to"] = result.Window.To.ToString(DateFormat) },
            ["intervalLevel"] = result.IntervalLevel,
            ["points"] = points,
            ["spend"] = spend,
        };
    }

    private static JsonObject Amounts(IReadOnlyDictionary<string, double> amounts)
    {
        var node = new JsonObject();
        foreach (var (name, amount) in amounts) node[name] = Pounds(amount);
        return node;
    }

    private static double Children(double value) => Math.Round(value, 2);

    private static double Pounds(double value) => Math.Round(value, 0);
}
