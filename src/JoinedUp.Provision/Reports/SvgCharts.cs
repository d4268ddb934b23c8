using System.Globalization;
using System.Net;
using System.Text;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Map;

namespace JoinedUp.Provision.Reports;

/// <summary>
/// The report's charts as inline SVG (no script, no web fonts, nothing fetched), each with a title and description for
/// screen readers and a table of the same figures beside it.
/// </summary>
public static class SvgCharts
{
    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Horizontal bars, two series per row (e.g. children against places), with a value at each bar's end.</summary>
    public static string PairedBars(string id, string title, string description, IReadOnlyList<(string Label, double First, double Second)> rows,
        string firstName, string secondName)
    {
        const int labelWidth = 300, barArea = 380, rowHeight = 34, top = 34;
        var width = labelWidth + barArea + 60;
        var height = top + (rows.Count * rowHeight) + 10;
        var max = Math.Max(1, rows.Select(r => Math.Max(r.First, r.Second)).DefaultIfEmpty(1).Max());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"8\" width=\"14\" height=\"14\" fill=\"#1d70b8\"/><text x=\"{labelWidth + 20}\" y=\"20\" font-size=\"13\">{E(firstName)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + 200}\" y=\"8\" width=\"14\" height=\"14\" fill=\"#f47738\"/><text x=\"{labelWidth + 220}\" y=\"20\" font-size=\"13\">{E(secondName)}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, first, second) = rows[i];
            var y = top + (i * rowHeight);
            var w1 = barArea * first / max;
            var w2 = barArea * second / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 18}\" font-size=\"12\" text-anchor=\"end\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{N(Math.Max(w1, 1))}\" height=\"13\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth + w1 + 4)}\" y=\"{y + 13}\" font-size=\"11\">{N(first)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 16}\" width=\"{N(Math.Max(w2, 1))}\" height=\"13\" fill=\"#f47738\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth + w2 + 4)}\" y=\"{y + 27}\" font-size=\"11\">{N(second)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A map-like chart: the area's centre, a circle of the chosen distance, and the settings on the provision map as
    /// dots placed by their district's position (equirectangular, north up), filled where they can hold high risk.
    /// </summary>
    public static string SettingsMap(string id, string title, string description, DistrictCentroid centre, double radiusKm,
        IReadOnlyList<Establishment> settings, DistrictCentroids centroids)
    {
        const int size = 520;
        var extentKm = radiusKm * 3;
        var scale = size / 2.0 / extentKm;
        var kmPerDegLat = 111.2;
        var kmPerDegLon = 111.2 * Math.Cos(centre.Latitude * Math.PI / 180);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {size} {size + 40}\" width=\"{size}\" height=\"{size + 40}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{size}\" height=\"{size}\" fill=\"#f3f2f1\" stroke=\"#b1b4b6\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{size / 2}\" cy=\"{size / 2}\" r=\"{N(radiusKm * scale)}\" fill=\"#d2e2f1\" stroke=\"#1d70b8\" stroke-width=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{size / 2}\" y=\"{N((size / 2.0) - (radiusKm * scale) - 6)}\" font-size=\"12\" text-anchor=\"middle\">{N(radiusKm)} km</text>");
        foreach (var s in settings.OrderBy(s => s.Urn, StringComparer.Ordinal))
        {
            if (centroids.Find(s.District) is not { } c) continue;
            var x = (size / 2.0) + ((c.Longitude - centre.Longitude) * kmPerDegLon * scale);
            var y = (size / 2.0) - ((c.Latitude - centre.Latitude) * kmPerDegLat * scale);
            if (x < 4 || y < 4 || x > size - 4 || y > size - 4) continue;
            var colour = s.Type switch
            {
                EstablishmentType.SecureChildrensHome => "#d4351c",
                EstablishmentType.ResidentialSpecialSchool => "#00703c",
                _ => "#4c2c92",
            };
            var fill = s.RiskLevel == RiskLevel.High ? colour : "#ffffff";
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"5\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"><title>{E($"{s.Name} ({s.Urn}), {s.Type}, {s.District}, {s.RegisteredPlaces} places, {s.RiskLevel} risk")}</title></circle>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{size / 2 - 6},{size / 2} h12 M{size / 2},{size / 2 - 6} v12\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
        var legendY = size + 24;
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"10\" cy=\"{legendY - 4}\" r=\"5\" fill=\"#4c2c92\"/><text x=\"20\" y=\"{legendY}\" font-size=\"12\">children's home</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"130\" cy=\"{legendY - 4}\" r=\"5\" fill=\"#00703c\"/><text x=\"140\" y=\"{legendY}\" font-size=\"12\">residential special school</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"300\" cy=\"{legendY - 4}\" r=\"5\" fill=\"#d4351c\"/><text x=\"310\" y=\"{legendY}\" font-size=\"12\">secure</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"370\" cy=\"{legendY - 4}\" r=\"5\" fill=\"#ffffff\" stroke=\"#0b0c0c\"/><text x=\"380\" y=\"{legendY}\" font-size=\"12\">hollow: standard risk</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
