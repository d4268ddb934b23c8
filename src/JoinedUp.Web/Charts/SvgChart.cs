using System.Globalization;
using System.Net;
using System.Text;
using JoinedUp.Analytics.Tables;

namespace JoinedUp.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: role="img" with a title and description that say what the chart shows, bars
/// labelled with their values, withheld values marked "c". The table beside each chart holds the same numbers.
/// </summary>
public static class SvgChart
{
    private const int Width = 760;
    private const string Bar = "#1d4f91";
    private const string Text = "#1b1b1b";

    public static string Render(Chart chart, string id) => chart.Kind == ChartKind.Line ? Line(chart, id) : Bars(chart, id);

    private static string Bars(Chart chart, string id)
    {
        const int labelWidth = 210, rowHeight = 22, top = 8, valueSpace = 60;
        var height = top * 2 + rowHeight * Math.Max(1, chart.Points.Count) + 20;
        var max = chart.Points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? (Width - labelWidth - valueSpace) / max : 0;
        var svg = Open(chart, id, height);
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var p = chart.Points[i];
            var y = top + i * rowHeight;
            var length = (p.Value ?? 0) * scale;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" fill=\"{Text}\">{E(p.Label)}</text>");
            if (p.Value is not null)
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Bar}\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 4:0.#}\" y=\"{y + 15}\" fill=\"{Text}\">{E(p.Text)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth}\" y=\"{height - 4}\" fill=\"{Text}\">{E(chart.ValueLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Line(Chart chart, string id)
    {
        const int height = 240, left = 60, right = 30, top = 20, bottom = 40;
        var shown = chart.Points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null).ToList();
        var max = shown.Select(x => x.p.Value!.Value).DefaultIfEmpty(1).Max();
        if (max <= 0) max = 1;
        var step = chart.Points.Count > 1 ? (Width - left - right) / (double)(chart.Points.Count - 1) : 0;
        double X(int i) => left + i * step;
        double Y(double v) => top + (height - top - bottom) * (1 - v / max);
        var svg = Open(chart, id, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{Width - right}\" y2=\"{height - bottom}\" stroke=\"{Text}\"></line>");
        if (shown.Count > 1)
            svg.Append("<polyline fill=\"none\" stroke=\"" + Bar + "\" stroke-width=\"3\" points=\"")
                .Append(string.Join(" ", shown.Select(x => string.Create(CultureInfo.InvariantCulture, $"{X(x.i):0.#},{Y(x.p.Value!.Value):0.#}"))))
                .Append("\"></polyline>");
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var p = chart.Points[i];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\" fill=\"{Text}\">{E(p.Label)}</text>");
            var y = p.Value is { } v ? Y(v) : height - bottom;
            if (p.Value is not null) svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{y:0.#}\" r=\"4\" fill=\"{Bar}\"></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{y - 8:0.#}\" text-anchor=\"middle\" fill=\"{Text}\">{E(p.Text)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{height - 4}\" fill=\"{Text}\">{E(chart.ValueLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(Chart chart, string id, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{id}-title {id}-desc\" font-size=\"13\" font-family=\"Arial, sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(chart.Title)}</title><desc id=\"{id}-desc\">{E(chart.Description)}</desc>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
