using System.Globalization;
using System.Net;
using System.Text;
using JoinedUp.Disclosure;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Sufficiency;

namespace JoinedUp.Provision.Reports;

/// <summary>
/// The sufficiency report for a commissioning board: one self-contained HTML file (inline CSS for screen and print, A4
/// pages, charts as inline SVG, nothing fetched) written from a <see cref="SufficiencyResult"/>, whose figures about
/// children are already protected.
/// </summary>
public static class SufficiencyReport
{
    public static string FileName(SufficiencyResult result) =>
        $"sufficiency-{Slug(result.Request.AreaName)}-{result.Request.Year}.html";

    /// <summary>Writes the report into a folder (made if missing); returns the file's path.</summary>
    public static string WriteTo(SufficiencyResult result, string directory, DistrictCentroids centroids)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(result));
        File.WriteAllText(path, Html(result, centroids), new UTF8Encoding(false));
        return path;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(Figure f) => f.ToString();

    private static string Money(double? v) => v is { } x ? (x < 0 ? "−£" : "£") + Math.Abs(x).ToString("N0", CultureInfo.InvariantCulture) : Figure.WithheldMark;

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);

    public static string Html(SufficiencyResult r, DistrictCentroids centroids)
    {
        var q = r.Request;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        h.Append(CultureInfo.InvariantCulture, $"<title>Placement sufficiency: {E(q.AreaName)}, 31 March {q.Year}</title>");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Css).Append("</style></head><body><main>");
        h.Append(CultureInfo.InvariantCulture, $"<h1>Placement sufficiency and gaps: {E(q.AreaName)}</h1>");
        h.Append(Body(r, centroids));
        h.Append("</main></body></html>");
        return h.ToString();
    }

    /// <summary>The report's content below its heading (for the web page, which has its own heading and styles).</summary>
    public static string Body(SufficiencyResult r, DistrictCentroids centroids)
    {
        var q = r.Request;
        var km = q.DistanceKm.ToString("0", CultureInfo.InvariantCulture);
        var h = new StringBuilder();
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"lede\">Children placed on 31 March {q.Year} by {E(string.Join(", ", r.LaNames))}, against the settings on the regional provision map that can meet their needs within {km} km, and the community services the LAs' service mapping returns list.</p>");

        h.Append("<h2 id=\"summary\">Summary</h2><ul class=\"summary\">");
        h.Append(CultureInfo.InvariantCulture, $"<li>Children in the placements snapshot: <strong data-figure=\"children\">{F(r.Children)}</strong>, of whom <strong data-figure=\"in-settings\">{F(r.ChildrenInSettings)}</strong> in a children's home, residential special school or secure children's home; <strong data-figure=\"matched\">{F(r.MatchedToMap)}</strong> in a setting whose URN is on the provision map.</li>");
        if (r.DemandRefused is null)
        {
            var none = r.RankedGaps.Where(g => g.NoneWithinReach).ToList();
            h.Append(CultureInfo.InvariantCulture, $"<li>Kinds of place with children but no setting able to meet them within {km} km: <strong>{none.Count}</strong>.</li>");
            h.Append(CultureInfo.InvariantCulture, $"<li>Children beyond the places within reach, all kinds: <strong data-figure=\"gap-total\">{r.Demand.Sum(d => d.Gap).ToString("N0", CultureInfo.InvariantCulture)}</strong>.</li>");
        }
        foreach (var s in r.Services.Where(s => s.LasWithout.Count == r.LaNames.Count))
            h.Append(CultureInfo.InvariantCulture, $"<li class=\"service-gap\">No LA of {E(q.AreaName)} lists a <strong>{E(s.Kind)}</strong> service.</li>");
        h.Append("</ul>");

        h.Append(CultureInfo.InvariantCulture, $"<h2 id=\"gaps\">Largest gaps within {km} km</h2>");
        if (r.DemandRefused is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"refused\">{E(r.DemandRefused)}</p>");
        else if (r.RankedGaps.Count == 0) h.Append(CultureInfo.InvariantCulture, $"<p>Places within {km} km cover every kind of placement the area's children are in.</p>");
        else
        {
            var top = r.RankedGaps.Take(10).ToList();
            h.Append("<figure>").Append(SvgCharts.PairedBars("gap-chart", $"Children placed against places within {km} km, largest gaps",
                $"Bar chart of the {top.Count} largest gaps: for each kind of place, children placed and registered places within {km} km.",
                top.Select(g => (g.Label, (double)g.Children.Value, (double)g.PlacesWithin)).ToList(), "children placed", $"places within {km} km"));
            h.Append("<figcaption>Children placed (protected counts) against registered places within reach.</figcaption></figure>");
            h.Append(CultureInfo.InvariantCulture, $"<table id=\"ranked-gaps\"><caption>Kinds of place ranked by gap, {E(q.AreaName)}, 31 March {q.Year}</caption><thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Kind of place</th><th scope=\"col\" class=\"num\">Children placed</th><th scope=\"col\" class=\"num\">Places within {km} km</th><th scope=\"col\" class=\"num\">Gap</th><th scope=\"col\">Nearest able setting</th></tr></thead><tbody>");
            var rank = 0;
            foreach (var g in r.RankedGaps)
            {
                rank++;
                var nearest = g.NearestKm is { } n ? $"{n.ToString("0", CultureInfo.InvariantCulture)} km" : "none on the map";
                var flag = g.NoneWithinReach ? $" <strong class=\"tag\">none within {km} km</strong>" : "";
                h.Append(CultureInfo.InvariantCulture, $"<tr data-gap=\"{E(g.Label)}\"><td>{rank}</td><th scope=\"row\">{E(g.Label)}{flag}</th><td class=\"num\">{F(g.Children)}</td><td class=\"num\">{g.PlacesWithin}</td><td class=\"num\">{g.Gap}</td><td>{nearest}</td></tr>");
            }
            h.Append("</tbody></table>");
        }

        if (r.Centre is { } centre)
        {
            h.Append("<h2 id=\"map\">Settings on the provision map near the area</h2><figure>");
            h.Append(SvgCharts.SettingsMap("settings-map", $"Settings within {3 * q.DistanceKm:0} km of the centre of {q.AreaName}",
                $"Map-like chart of {r.NearbySettings.Count} settings placed by postcode district around the area's centre, with a circle of {km} km; filled dots can hold high risk.",
                centre, q.DistanceKm, r.NearbySettings, centroids));
            h.Append(CultureInfo.InvariantCulture, $"<figcaption>{r.NearbySettings.Count} settings within {3 * q.DistanceKm:0} km; the circle is {km} km from the area's centre. Settings are not children: these figures are exact.</figcaption></figure>");
        }

        h.Append(CultureInfo.InvariantCulture, $"<h2 id=\"demand\">Demand against places within {km} km</h2>");
        if (r.DemandRefused is null && r.DemandBreakdown == DemandBreakdown.AnySetting)
            h.Append("<p class=\"coarser\">By kind of setting the table would be too sparse to publish, so children's homes, residential special schools and secure children's homes are counted together.</p>");
        var forecast = r.Demand.Any(d => d.ForecastChildren is not null);
        var forecastHeads = forecast ? $"<th scope=\"col\" class=\"num\">Forecast children in {q.ForecastYears} years</th><th scope=\"col\" class=\"num\">Forecast gap</th>" : "";
        if (forecast)
            h.Append(CultureInfo.InvariantCulture, $"<p>Forecast demand grows each count by the stock-and-flow forecast of the area's children in residential or secure placements {q.ForecastYears} years after 31 March {q.Year} (from the LAs' SSDA903 returns; expected values, not counts).</p>");
        else
            h.Append("<p>No forecast: the store's SSDA903 returns for the area cannot support one from this date.</p>");
        if (r.DemandRefused is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"refused\">{E(r.DemandRefused)}</p>");
        else
        {
            h.Append(CultureInfo.InvariantCulture, $"<table id=\"demand-table\"><caption>Children placed by kind of setting, need and risk, and places within {km} km</caption><thead><tr><th scope=\"col\">Kind of place</th><th scope=\"col\" class=\"num\">Children placed</th><th scope=\"col\" class=\"num\">Placed over {km} km from home</th><th scope=\"col\" class=\"num\">Able settings within {km} km</th><th scope=\"col\" class=\"num\">Places within {km} km</th><th scope=\"col\" class=\"num\">Gap</th>{forecastHeads}</tr></thead><tbody>");
            foreach (var d in r.Demand.Where(d => d.Children.Value > 0 || d.PlacesWithin > 0))
                h.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(d.Label)}</th><td class=\"num\">{F(d.Children)}</td><td class=\"num\">{F(d.PlacedBeyond)}</td><td class=\"num\">{d.SettingsWithin}</td><td class=\"num\">{d.PlacesWithin}</td><td class=\"num\">{d.Gap}</td>{(forecast ? $"<td class=\"num\">{d.ForecastChildren}</td><td class=\"num\">{d.ForecastGap}</td>" : "")}</tr>");
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><th scope=\"row\">All children in the snapshot</th><td class=\"num\" data-figure=\"children-total\">{F(r.Children)}</td><td colspan=\"{(forecast ? 6 : 4)}\"></td></tr>");
            h.Append("</tbody></table>");
        }

        h.Append("<h2 id=\"occupancy\">Where the area's children are placed</h2>");
        if (r.OccupancyRefused is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"refused\">{E(r.OccupancyRefused)}</p>");
        else
        {
            h.Append("<table id=\"occupancy-table\"><caption>Placement location and how it was bought, by placing LA</caption><thead><tr><th scope=\"col\">Placing LA</th><th scope=\"col\" class=\"num\">Children</th><th scope=\"col\" class=\"num\">In the LA</th><th scope=\"col\" class=\"num\">Elsewhere in the region</th><th scope=\"col\" class=\"num\">Outside the region</th><th scope=\"col\" class=\"num\">Host not known</th><th scope=\"col\" class=\"num\">Median km from home</th><th scope=\"col\" class=\"num\">Spot</th><th scope=\"col\" class=\"num\">Framework</th><th scope=\"col\" class=\"num\">Block</th></tr></thead><tbody>");
            foreach (var o in r.Occupancy)
                h.Append(CultureInfo.InvariantCulture, $"<tr{(o.IsTotal ? " class=\"total\"" : "")}><th scope=\"row\">{E(o.Label)}</th><td class=\"num\">{F(o.Children)}</td><td class=\"num\">{F(o.InLa)}</td><td class=\"num\">{F(o.ElsewhereInRegion)}</td><td class=\"num\">{F(o.OutsideRegion)}</td><td class=\"num\">{F(o.HostNotKnown)}</td><td class=\"num\">{E(o.MedianDistanceKm)}</td><td class=\"num\">{F(o.Spot)}</td><td class=\"num\">{F(o.Framework)}</td><td class=\"num\">{F(o.Block)}</td></tr>");
            h.Append("</tbody></table>");
        }

        h.Append("<h2 id=\"costs\">Spot purchasing against framework prices</h2>");
        if (r.CostRefused is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"refused\">{E(r.CostRefused)}</p>");
        else
        {
            var chartRows = r.Costs.Where(c => c.Sourcing == Map.ContractStatus.Spot && c.AverageWeeklyCost is not null && c.FrameworkPrice is not null)
                .Select(c => (c.Type, c.AverageWeeklyCost!.Value, (double)c.FrameworkPrice!.Value)).ToList();
            if (chartRows.Count > 0)
            {
                h.Append("<figure>").Append(SvgCharts.PairedBars("cost-chart", "Average weekly cost of spot placements against the framework price",
                    $"Bar chart for {chartRows.Count} kinds of setting: average weekly cost of spot-purchased placements and the median framework price.",
                    chartRows, "spot purchase, average £ a week", "framework price, £ a week"));
                h.Append("<figcaption>Weekly cost in pounds.</figcaption></figure>");
            }
            h.Append("<table id=\"cost-table\"><caption>Children and average weekly cost by kind of setting and how the placement was bought</caption><thead><tr><th scope=\"col\">Kind of setting</th><th scope=\"col\">Bought by</th><th scope=\"col\" class=\"num\">Children</th><th scope=\"col\" class=\"num\">Average £ a week</th><th scope=\"col\" class=\"num\">Framework price £ a week</th><th scope=\"col\" class=\"num\">Above framework, £ a week</th></tr></thead><tbody>");
            foreach (var c in r.Costs)
                h.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(c.Type)}</th><td>{E(c.Sourcing)}</td><td class=\"num\">{F(c.Children)}</td><td class=\"num\">{Money(c.AverageWeeklyCost)}</td><td class=\"num\">{(c.FrameworkPrice is { } p ? Money((double)p) : "none on the map")}</td><td class=\"num\">{(c.PremiumPerWeek is { } x ? Money(x) : "")}</td></tr>");
            h.Append("</tbody></table>");
        }

        h.Append("<h2 id=\"services\">Community services from the service mapping returns</h2>");
        h.Append("<table id=\"services-table\"><caption>Community services listed by the area's LAs</caption><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Services</th><th scope=\"col\" class=\"num\">Capacity (children at a time)</th><th scope=\"col\" class=\"num\">Median wait, weeks</th><th scope=\"col\" class=\"num\">Needing a diagnosis</th><th scope=\"col\">LAs listing none</th></tr></thead><tbody>");
        foreach (var s in r.Services)
            h.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(s.Kind)}</th><td class=\"num\">{s.Services}</td><td class=\"num\">{s.Capacity}</td><td class=\"num\">{(s.MedianWaitWeeks is { } w ? w.ToString("0", CultureInfo.InvariantCulture) : "")}</td><td class=\"num\">{s.DiagnosisRequired}</td><td>{E(s.LasWithout.Count == 0 ? "" : s.LasWithout.Count == r.LaNames.Count ? "all" : string.Join(", ", s.LasWithout))}</td></tr>");
        h.Append("</tbody></table>");

        h.Append("<h2 id=\"notes\">About these figures</h2><ul class=\"notes\">");
        foreach (var note in r.Notes) h.Append(CultureInfo.InvariantCulture, $"<li>{E(note)}</li>");
        h.Append("</ul>");
        return h.ToString();
    }

    private const string Css = """
        body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0;line-height:1.4}
        main{max-width:960px;margin:0 auto;padding:24px}
        h1{font-size:28px;margin:0 0 12px} h2{font-size:22px;margin:32px 0 8px;border-top:2px solid #1d70b8;padding-top:8px}
        .lede{font-size:18px} .refused{border-left:5px solid #d4351c;padding:8px 12px;background:#fbe9e7}
        table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
        caption{text-align:left;font-weight:bold;padding:4px 0}
        th,td{border-bottom:1px solid #b1b4b6;padding:4px 6px;text-align:left;vertical-align:top}
        .num{text-align:right;font-variant-numeric:tabular-nums} tr.total th,tr.total td{font-weight:bold;border-top:2px solid #0b0c0c}
        .tag{background:#d4351c;color:#fff;padding:0 4px;font-size:12px;white-space:nowrap}
        figure{margin:8px 0 16px} figcaption{font-size:13px;color:#505a5f} svg.chart{max-width:100%;height:auto}
        @page{size:A4;margin:15mm}
        @media print{main{max-width:none;padding:0} h2{break-after:avoid} table,figure,tr{break-inside:avoid} body{font-size:11pt}}
        """;
}
