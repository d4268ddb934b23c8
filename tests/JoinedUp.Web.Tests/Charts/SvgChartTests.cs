using System.Globalization;
using System.Xml.Linq;
using JoinedUp.Analytics.Tables;
using JoinedUp.Web.Charts;

namespace JoinedUp.Web.Tests.Charts;

/// <summary>The server-drawn bar and line charts, read back as XML: visible title, round ticks with units, bars to scale, whole labels.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(Chart chart) => XElement.Parse(SvgChart.Render(chart, "c"));

    private static string Text(XElement e) => string.Join(" ", e.Descendants(Svg + "tspan").Select(t => t.Value).DefaultIfEmpty(e.Value));

    private static IEnumerable<XElement> OfClass(XElement svg, string name, string cls) =>
        svg.Descendants(Svg + name).Where(e => (string?)e.Attribute("class") == cls);

    private static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void A_bar_chart_of_shares_has_a_title_an_axis_in_percent_and_bars_as_long_as_their_share()
    {
        var chart = new Chart("Who pays", "Bar chart of 3 agencies.", "% of weekly cost", ChartKind.Bar,
            [new("social", 70.4, "70.4"), new("education", 26.7, "26.7"), new("health", 2.9, "2.9")]);
        var svg = Draw(chart);

        Assert.Equal("Who pays", Text(OfClass(svg, "text", "chart-title").Single()));
        Assert.Equal("% of weekly cost", OfClass(svg, "text", "axis-title").Single().Value);
        var ticks = OfClass(svg, "text", "tick").ToList();
        Assert.Equal(["0%", "20%", "40%", "60%", "80%"], ticks.Select(t => t.Value));
        var zero = Number(ticks[0], "x");
        var axis = Number(ticks[^1], "x") - zero;
        var bars = OfClass(svg, "rect", "bar").ToList();
        Assert.Equal(3, bars.Count);
        foreach (var (bar, value) in bars.Zip(new[] { 70.4, 26.7, 2.9 }))
        {
            Assert.Equal(zero, Number(bar, "x"), 0.5);
            Assert.Equal(value / 80, Number(bar, "width") / axis, 0.005);
        }
        // A 2.9% share is a short bar, not one that fills the plot.
        Assert.True(Number(bars[2], "width") < axis * 0.05);
    }

    [Fact]
    public void Long_labels_are_kept_whole_inside_the_chart()
    {
        const string semh = "Social, emotional and mental health";
        const string longer = "Moderate learning difficulty with a label longer than any label area could hold on one line of the chart";
        var chart = new Chart("Children by primary need", "d", "children", ChartKind.Bar,
            [new(semh, 12, "12"), new(longer, 3, "5"), new("Autistic spectrum disorder", null, "c")]);
        var svg = Draw(chart);
        var labels = OfClass(svg, "text", "label").ToList();
        Assert.Equal([semh, longer, "Autistic spectrum disorder"], labels.Select(Text));
        foreach (var label in labels)
        {
            // Right-aligned at x: the estimated width of each line must fit between the chart's left edge and x.
            var x = Number(label, "x");
            foreach (var line in label.Descendants(Svg + "tspan").Select(t => t.Value).DefaultIfEmpty(label.Value))
                Assert.True(SvgText.Width(line, 13) <= x, $"'{line}' ({SvgText.Width(line, 13):0}px) does not fit left of {x}");
        }
        Assert.True(labels[1].Descendants(Svg + "tspan").Count() >= 2);
        Assert.Equal(2, OfClass(svg, "rect", "bar").Count());
        Assert.Equal(["0", "5", "10", "15"], OfClass(svg, "text", "tick").Select(t => t.Value));
    }

    [Fact]
    public void A_line_chart_has_a_value_axis_with_round_ticks_and_its_unit()
    {
        var chart = new Chart("Looked-after children per 10,000 over time", "d", "per 10,000 children", ChartKind.Line,
            [new("2022", 33.1, "33.1"), new("2023", 35.4, "35.4"), new("2024", 38.9, "38.9")]);
        var svg = Draw(chart);
        Assert.Equal("Looked-after children per 10,000 over time", Text(OfClass(svg, "text", "chart-title").Single()));
        Assert.Equal(["0", "10", "20", "30", "40"], OfClass(svg, "text", "tick").Select(t => t.Value));
        Assert.Equal("per 10,000 children", OfClass(svg, "text", "axis-title").Single().Value);
        Assert.NotNull(svg.Element(Svg + "title"));
        Assert.NotNull(svg.Element(Svg + "desc"));
    }
}
