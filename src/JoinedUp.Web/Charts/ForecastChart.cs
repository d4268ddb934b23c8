using System.Globalization;
using System.Text;
using JoinedUp.Forecast.Results;

namespace JoinedUp.Web.Charts;

/// <summary>
/// Children in care per month as an SVG line chart: a visible title, a value axis with round ticks
/// (<see cref="NiceScale"/>) labelled "children in care", the baseline, its bootstrap band when there is one, and the
/// scenario's line when given (dashed, so it does not rely on colour). role="img" with a title and a description
/// that states the first and last values; the yearly table and the CSV hold the numbers.
/// </summary>
public static class ForecastChart
{
    private const int Width = SvgChart.Width, Left = 86, Right = 20, PlotHeight = 220, Bottom = 30;
    private const string Baseline = "#1d4f91";
    private const string Scenario = "#a8400e";
    private const string Band = "#c9d8ec";
    private const string Text = "#1b1b1b";
    public const string Unit = "children in care";

    public static string Render(ForecastResult baseline, ForecastResult? scenario, string id)
    {
        var points = baseline.Points;
        var values = points.SelectMany(p => p.ChildrenInterval is { } i ? new[] { p.Children, i.High } : [p.Children])
            .Concat(scenario?.Points.Select(p => p.Children) ?? []).ToList();
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Max(), 6, whole: true);
        var title = $"Children in care per month from {baseline.Start:d MMM yyyy}, {baseline.Area}";
        var titleLines = SvgChart.TitleLines(title);
        var legendY = SvgChart.TitleHeight(titleLines) + 6;
        var top = legendY + 22;
        var height = top + PlotHeight + Bottom;
        var step = points.Count > 1 ? (Width - Left - Right) / (double)(points.Count - 1) : 0;
        double X(int i) => Left + i * step;
        double Y(double v) => top + PlotHeight * (1 - v / scale.Max);
        string Xy(int i, double v) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}");

        var description = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"Baseline forecast: {Children(points[0].Children)} children on {points[0].Date:d MMM yyyy}, {Children(points[^1].Children)} on {points[^1].Date:d MMM yyyy}.");
        if (baseline.IntervalLevel is { } level && points[^1].ChildrenInterval is { } last)
            description.Append(CultureInfo.InvariantCulture, $" The shaded band is the {level:P0} bootstrap interval, {Children(last.Low)} to {Children(last.High)} at the end.");
        if (scenario is not null)
            description.Append(CultureInfo.InvariantCulture, $" Scenario {scenario.Scenario} (dashed line): {Children(scenario.Points[^1].Children)} on {scenario.Points[^1].Date:d MMM yyyy}.");

        var svg = SvgChart.Open(title, description.ToString(), id, height, titleLines);
        foreach (var tick in scale.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{Y(tick):0.##}\" x2=\"{Width - Right}\" y2=\"{Y(tick):0.##}\" stroke=\"#d0d0d0\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Y(tick) + 4:0.##}\" text-anchor=\"end\" fill=\"{Text}\">{scale.Label(tick)}</text>");
        }
        svg.Append(SvgChart.AxisTitle(Unit, top, PlotHeight));
        if (points.All(p => p.ChildrenInterval is not null) && points.Count > 1)
        {
            var upper = points.Select((p, i) => Xy(i, p.ChildrenInterval!.High));
            var lower = points.Select((p, i) => Xy(i, p.ChildrenInterval!.Low)).Reverse();
            svg.Append("<polygon fill=\"").Append(Band).Append("\" points=\"").Append(string.Join(" ", upper.Concat(lower))).Append("\"></polygon>");
        }
        svg.Append("<polyline fill=\"none\" stroke=\"").Append(Baseline).Append("\" stroke-width=\"3\" points=\"")
            .Append(string.Join(" ", points.Select((p, i) => Xy(i, p.Children)))).Append("\"></polyline>");
        if (scenario is not null)
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(Scenario).Append("\" stroke-width=\"3\" stroke-dasharray=\"8 5\" points=\"")
                .Append(string.Join(" ", scenario.Points.Select((p, i) => Xy(i, p.Children)))).Append("\"></polyline>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{top}\" x2=\"{Left}\" y2=\"{top + PlotHeight}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{top + PlotHeight}\" x2=\"{Width - Right}\" y2=\"{top + PlotHeight}\" stroke=\"{Text}\"></line>");
        for (var i = 0; i < points.Count; i += 12)
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"category\" x=\"{X(i):0.#}\" y=\"{top + PlotHeight + 18}\" text-anchor=\"middle\" fill=\"{Text}\">{points[i].Date:MMM yyyy}</text>");
        // Legend, under the title.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{legendY}\" x2=\"{Left + 30}\" y2=\"{legendY}\" stroke=\"{Baseline}\" stroke-width=\"3\"></line>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 36}\" y=\"{legendY + 4}\" fill=\"{Text}\">Baseline</text>");
        var x = Left + 110;
        if (baseline.IntervalLevel is { } shown)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{legendY - 7}\" width=\"30\" height=\"14\" fill=\"{Band}\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 36}\" y=\"{legendY + 4}\" fill=\"{Text}\">{shown:P0} interval</text>");
            x += 140;
        }
        if (scenario is not null)
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{legendY}\" x2=\"{x + 30}\" y2=\"{legendY}\" stroke=\"{Scenario}\" stroke-width=\"3\" stroke-dasharray=\"8 5\"></line>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 36}\" y=\"{legendY + 4}\" fill=\"{Text}\">Scenario: {SvgText.Escape(scenario.Scenario ?? "")}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Children(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
