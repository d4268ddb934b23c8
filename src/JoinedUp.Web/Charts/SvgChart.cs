using System.Globalization;
using System.Text;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: a visible title, a value axis from zero with round ticks (<see cref="NiceScale"/>)
/// and its unit, bars drawn to that axis (a 2.9% share is 2.9% of an axis of 0 to 100%, or of its nice maximum, long),
/// category labels wrapped in a label area as wide as they need, values written beside their bars, withheld values
/// marked "c". role="img" with a title and description that say what the chart shows; the table beside each chart
/// holds the same numbers.
/// </summary>
public static class SvgChart
{
    public const int Width = 760;
    private const int FontSize = 13, TitleSize = 15, Margin = 10;
    private const string Bar = "#1d4f91";
    private const string Text = "#1b1b1b";
    private const string Grid = "#d0d0d0";

    public static string Render(Chart chart, string id) => chart.Kind == ChartKind.Line ? Line(chart, id) : Bars(chart, id);

    /// <summary>The tick label of a value on a chart's axis: "%" after percentages, "£" before money.</summary>
    public static string TickLabel(NiceScale scale, double tick, string unit) =>
        unit.StartsWith('%') ? scale.Label(tick) + "%" : unit.StartsWith('£') ? "£" + scale.Label(tick) : scale.Label(tick);

    private static string Bars(Chart chart, string id)
    {
        const int lineHeight = 16, labelGap = 8, valueSpace = 70, axisSpace = 44;
        var title = TitleLines(chart.Title);
        var longest = chart.Points.Select(p => SvgText.Width(p.Label, FontSize)).DefaultIfEmpty(0).Max();
        var labelWidth = Math.Clamp(longest, 60, 300);
        var labels = chart.Points.Select(p => SvgText.Wrap(p.Label, labelWidth, FontSize)).ToList();
        var rowHeights = labels.Select(l => Math.Max(24, l.Count * lineHeight + 8)).ToList();
        var plotLeft = Margin + labelWidth + labelGap;
        var plotRight = Width - valueSpace;
        var top = TitleHeight(title) + 4;
        var rowsBottom = top + rowHeights.Sum() + (chart.Points.Count == 0 ? 24 : 0);
        var height = rowsBottom + axisSpace;
        var scale = Scale(chart);
        double X(double v) => plotLeft + (plotRight - plotLeft) * v / scale.Max;

        var svg = Open(chart, id, height, title);
        foreach (var tick in scale.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{X(tick):0.##}\" y1=\"{top}\" x2=\"{X(tick):0.##}\" y2=\"{rowsBottom}\" stroke=\"{Grid}\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(tick):0.##}\" y=\"{rowsBottom + 16}\" text-anchor=\"middle\" fill=\"{Text}\">{SvgText.Escape(TickLabel(scale, tick, chart.ValueLabel))}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{plotLeft:0.##}\" y1=\"{rowsBottom}\" x2=\"{plotRight:0.##}\" y2=\"{rowsBottom}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{plotLeft:0.##}\" y1=\"{top}\" x2=\"{plotLeft:0.##}\" y2=\"{rowsBottom}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" x=\"{(plotLeft + plotRight) / 2:0.##}\" y=\"{rowsBottom + 36}\" text-anchor=\"middle\" fill=\"{Text}\">{SvgText.Escape(chart.ValueLabel)}</text>");

        var y = (double)top;
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var p = chart.Points[i];
            var middle = y + rowHeights[i] / 2.0;
            var firstBaseline = middle - (labels[i].Count - 1) * lineHeight / 2.0 + 4.5;
            svg.Append(SvgText.Element(labels[i], plotLeft - labelGap, firstBaseline, lineHeight, $"class=\"label\" text-anchor=\"end\" fill=\"{Text}\""));
            var end = plotLeft;
            if (p.Value is { } v)
            {
                end = X(Math.Max(0, v));
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar\" x=\"{plotLeft:0.##}\" y=\"{middle - 8:0.#}\" width=\"{end - plotLeft:0.##}\" height=\"16\" fill=\"{Bar}\"><title>{SvgText.Escape(p.Label)}: {SvgText.Escape(p.Text)}</title></rect>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{end + 4:0.##}\" y=\"{middle + 4.5:0.#}\" fill=\"{Text}\">{SvgText.Escape(p.Text)}</text>");
            y += rowHeights[i];
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Line(Chart chart, string id)
    {
        const int left = 86, right = 30, plotHeight = 200, bottom = 34;
        var title = TitleLines(chart.Title);
        var top = TitleHeight(title) + 10;
        var height = top + plotHeight + bottom;
        var scale = Scale(chart);
        var shown = chart.Points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null).ToList();
        // Points sit inset from the axis so that the first value's label does not run into the tick labels.
        const int inset = 28;
        var step = chart.Points.Count > 1 ? (Width - left - right - 2 * inset) / (double)(chart.Points.Count - 1) : 0;
        double X(int i) => chart.Points.Count > 1 ? left + inset + i * step : (left + Width - right) / 2.0;
        double Y(double v) => top + plotHeight * (1 - v / scale.Max);

        var svg = Open(chart, id, height, title);
        foreach (var tick in scale.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{left}\" y1=\"{Y(tick):0.##}\" x2=\"{Width - right}\" y2=\"{Y(tick):0.##}\" stroke=\"{Grid}\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{left - 6}\" y=\"{Y(tick) + 4:0.##}\" text-anchor=\"end\" fill=\"{Text}\">{SvgText.Escape(TickLabel(scale, tick, chart.ValueLabel))}</text>");
        }
        svg.Append(AxisTitle(chart.ValueLabel, top, plotHeight));
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotHeight}\" stroke=\"{Text}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{Width - right}\" y2=\"{top + plotHeight}\" stroke=\"{Text}\"></line>");
        if (shown.Count > 1)
            svg.Append("<polyline fill=\"none\" stroke=\"" + Bar + "\" stroke-width=\"3\" points=\"")
                .Append(string.Join(" ", shown.Select(x => string.Create(CultureInfo.InvariantCulture, $"{X(x.i):0.#},{Y(x.p.Value!.Value):0.#}"))))
                .Append("\"></polyline>");
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var p = chart.Points[i];
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"category\" x=\"{X(i):0.#}\" y=\"{top + plotHeight + 18}\" text-anchor=\"middle\" fill=\"{Text}\">{SvgText.Escape(p.Label)}</text>");
            var y = p.Value is { } v ? Y(v) : top + plotHeight;
            if (p.Value is not null) svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{y:0.#}\" r=\"4\" fill=\"{Bar}\"></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{X(i):0.#}\" y=\"{y - 8:0.#}\" text-anchor=\"middle\" fill=\"{Text}\">{SvgText.Escape(p.Text)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The value axis of a chart: percentages on 0 to 100% or a round maximum below it, counts in whole numbers.</summary>
    private static NiceScale Scale(Chart chart)
    {
        var max = chart.Points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var whole = !chart.ValueLabel.StartsWith('%') && !chart.ValueLabel.StartsWith("per ", StringComparison.Ordinal);
        return NiceScale.For(max, 6, whole);
    }

    /// <summary>The unit of a vertical value axis, written up its left side.</summary>
    internal static string AxisTitle(string unit, double top, double plotHeight) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" x=\"16\" y=\"{top + plotHeight / 2:0.#}\" transform=\"rotate(-90 16 {top + plotHeight / 2:0.#})\" text-anchor=\"middle\" fill=\"{Text}\">{SvgText.Escape(unit)}</text>");

    internal static IReadOnlyList<string> TitleLines(string title) => SvgText.Wrap(title, Width - 2 * Margin, TitleSize);

    internal static int TitleHeight(IReadOnlyList<string> lines) => 8 + lines.Count * 20;

    /// <summary>The svg element, its accessible title and description, and the visible title (wrapped) at its top.</summary>
    internal static StringBuilder Open(string title, string description, string id, int height, IReadOnlyList<string> titleLines) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{id}-title {id}-desc\" font-size=\"{FontSize}\" font-family=\"Arial, sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{SvgText.Escape(title)}</title><desc id=\"{id}-desc\">{SvgText.Escape(description)}</desc>")
            .Append(SvgText.Element(titleLines, Margin, 22, 20, $"class=\"chart-title\" font-size=\"{TitleSize}\" font-weight=\"bold\" fill=\"{Text}\" aria-hidden=\"true\""));

    private static StringBuilder Open(Chart chart, string id, double height, IReadOnlyList<string> titleLines) =>
        Open(chart.Title, chart.Description, id, (int)Math.Ceiling(height), titleLines);
}
