using System.Globalization;
using System.Text;
using JoinedUp.Forecast.Results;

namespace JoinedUp.Web.Charts;

/// <summary>
/// Placement spend per financial year (1 April to 31 March) as an SVG column chart: a visible title, a value axis in
/// pounds with round ticks (<see cref="NiceScale"/>), one column per year for the baseline and, beside it, a hatched one
/// for the scenario when there is one (so it does not rely on colour). A year the forecast covers only in part is
/// labelled so ("from"/"to"), as in the yearly table, which holds the same numbers.
/// </summary>
public static class SpendChart
{
    private const int Width = SvgChart.Width, Left = 96, Right = 20, PlotHeight = 220;
    private const string Baseline = "#1d4f91";
    private const string Scenario = "#a8400e";
    private const string Text = "#1b1b1b";
    public const string Unit = "£ spend in the year";
    public const string MillionsUnit = "£ million spend in the year";

    public static string Render(ForecastResult baseline, ForecastResult? scenario, string id)
    {
        var years = baseline.YearlySpend;
        var max = years.Select(y => y.Total).Concat(scenario?.YearlySpend.Select(y => y.Total) ?? []).DefaultIfEmpty(0).Max();
        // Millions read better than seven-digit ticks: £20m, not £20,000,000.
        var divisor = max >= 1_000_000 ? 1_000_000.0 : 1;
        var scale = NiceScale.For(max / divisor, 6, whole: divisor == 1);
        var title = $"Placement spend per financial year, {baseline.Area}" + (scenario is null ? "" : $": baseline and scenario {scenario.Scenario}");
        var titleLines = SvgChart.TitleLines(title);
        var legendY = SvgChart.TitleHeight(titleLines) + 6;
        var top = legendY + 22;
        var labels = years.Select(y => FinancialYear.Label(y.From, y.To)).ToList();
        var slot = years.Count == 0 ? 0 : (Width - Left - Right) / (double)years.Count;
        var labelLines = labels.Select(l => SvgText.Wrap(l, slot - 6, 13)).ToList();
        var bottom = 12 + 16 * labelLines.Select(l => l.Count).DefaultIfEmpty(1).Max();
        var height = top + PlotHeight + bottom;
        double Y(double pounds) => top + PlotHeight * (1 - pounds / divisor / scale.Max);

        var description = new StringBuilder($"Column chart of {years.Count} financial years. ");
        description.Append(string.Join("; ", years.Select((y, i) => $"{labels[i]}: {Pounds(y.Total)}"
            + (scenario is null ? "" : $" baseline, {Pounds(scenario.YearlySpend[i].Total)} scenario")))).Append('.');

        var svg = SvgChart.Open(title, description.ToString(), id, height, titleLines);
        foreach (var tick in scale.Ticks)
        {
            var at = Y(tick * divisor);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{at:0.##}\" x2=\"{Width - Right}\" y2=\"{at:0.##}\" stroke=\"#d0d0d0\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{at + 4:0.##}\" text-anchor=\"end\" fill=\"{Text}\">{SvgChart.TickLabel(scale, tick, "£")}{(divisor > 1 ? "m" : "")}</text>");
        }
        svg.Append(SvgChart.AxisTitle(divisor > 1 ? MillionsUnit : Unit, top, PlotHeight));
        svg.Append("<defs><pattern id=\"").Append(id).Append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"6\" height=\"6\" fill=\"#f3d9cc\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").Append(Scenario).Append("\" stroke-width=\"3\"></line></pattern></defs>");
        var columns = scenario is null ? 1 : 2;
        var columnWidth = Math.Min(60, (slot - 16) / columns);
        for (var i = 0; i < years.Count; i++)
        {
            var x = Left + i * slot + (slot - columns * columnWidth) / 2;
            Column(svg, x, columnWidth, years[i].Total, Y, $"fill=\"{Baseline}\"", $"{labels[i]} baseline: {Pounds(years[i].Total)}");
            if (scenario is not null)
                Column(svg, x + columnWidth, columnWidth, scenario.YearlySpend[i].Total, Y, $"fill=\"url(#{id}-hatch)\" stroke=\"{Scenario}\"",
                    $"{labels[i]} scenario: {Pounds(scenario.YearlySpend[i].Total)}");
            svg.Append(SvgText.Element(labelLines[i], Left + (i + 0.5) * slot, top + PlotHeight + 18, 16, $"class=\"category\" text-anchor=\"middle\" fill=\"{Text}\""));
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{top}\" x2=\"{Left}\" y2=\"{top + PlotHeight}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{top + PlotHeight}\" x2=\"{Width - Right}\" y2=\"{top + PlotHeight}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{legendY - 7}\" width=\"20\" height=\"14\" fill=\"{Baseline}\"></rect><text x=\"{Left + 26}\" y=\"{legendY + 4}\" fill=\"{Text}\">Baseline</text>");
        if (scenario is not null)
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left + 110}\" y=\"{legendY - 7}\" width=\"20\" height=\"14\" fill=\"url(#{id}-hatch)\" stroke=\"{Scenario}\"></rect><text x=\"{Left + 136}\" y=\"{legendY + 4}\" fill=\"{Text}\">Scenario: {SvgText.Escape(scenario.Scenario ?? "")}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Column(StringBuilder svg, double x, double width, double value, Func<double, double> y, string fill, string tip)
    {
        var zero = y(0);
        var at = y(Math.Max(0, value));
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x:0.##}\" y=\"{at:0.##}\" width=\"{width:0.##}\" height=\"{zero - at:0.##}\" {fill}><title>{SvgText.Escape(tip)}</title></rect>");
    }

    private static string Pounds(double v) => (v < 0 ? "-£" : "£") + Math.Abs(v).ToString("N0", CultureInfo.InvariantCulture);
}
