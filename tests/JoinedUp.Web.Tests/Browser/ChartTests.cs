using System.Globalization;
using System.Text.Json;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// Charts as the browser lays them out (issue 12, item 5): a visible title, round tick labels with units, bars as long
/// as their value on the axis, labels whole and inside the chart, and a spend chart on the forecast page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ChartTests(WebFixture web)
{
    private static double Number(string text) =>
        double.Parse(text.Replace("£", "").Replace("%", "").Replace(",", "").TrimEnd('m'), CultureInfo.InvariantCulture);

    /// <summary>Reads one chart in the page: title, tick labels and positions, label texts and boxes, bars.</summary>
    private static async Task<JsonElement> ReadAsync(ILocator svg) => await svg.EvaluateAsync<JsonElement>(
        """
        svg => ({
          title: svg.querySelector('title').textContent,
          visibleTitle: Array.from(svg.querySelectorAll('text.chart-title tspan')).map(t => t.textContent).join(' ') || (svg.querySelector('text.chart-title')?.textContent ?? ''),
          axisTitle: svg.querySelector('text.axis-title')?.textContent ?? '',
          ticks: Array.from(svg.querySelectorAll('text.tick')).map(t => ({ text: t.textContent, x: +t.getAttribute('x'), y: +t.getAttribute('y') })),
          labels: Array.from(svg.querySelectorAll('text.label')).map(t => ({
            text: t.querySelectorAll('tspan').length ? Array.from(t.querySelectorAll('tspan')).map(s => s.textContent).join(' ') : t.textContent,
            left: t.getBBox().x })),
          bars: Array.from(svg.querySelectorAll('rect.bar')).map(r => ({ tip: r.querySelector('title').textContent, x: +r.getAttribute('x'), y: +r.getAttribute('y'),
            width: +r.getAttribute('width'), height: +r.getAttribute('height') })),
        })
        """);

    /// <summary>Tick labels are 0 and equal round steps (1, 2, 2.5 or 5 times a power of ten).</summary>
    private static IReadOnlyList<double> AssertRoundTicks(JsonElement chart)
    {
        var ticks = chart.GetProperty("ticks").EnumerateArray().Select(t => Number(t.GetProperty("text").GetString()!)).ToList();
        Assert.True(ticks.Count >= 2, "a chart without a value axis");
        Assert.Equal(0, ticks[0]);
        var step = ticks[1];
        var mantissa = Math.Round(step / Math.Pow(10, Math.Floor(Math.Log10(step))), 6);
        Assert.Contains(mantissa, new[] { 1, 2, 2.5, 5 });
        for (var i = 0; i < ticks.Count; i++) Assert.Equal(i * step, ticks[i], 6);
        return ticks;
    }

    [Fact]
    public async Task Dashboard_charts_have_titles_round_ticks_whole_labels_and_bars_to_scale()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/dashboard/high-cost?year=2024");
        var charts = page.Locator("figure.chart svg[role=img]");
        Assert.True(await charts.CountAsync() >= 3);
        var needLabels = new List<string>();
        for (var c = 0; c < await charts.CountAsync(); c++)
        {
            var chart = await ReadAsync(charts.Nth(c));
            Assert.Equal(chart.GetProperty("title").GetString(), chart.GetProperty("visibleTitle").GetString());
            Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("axisTitle").GetString()));
            var ticks = AssertRoundTicks(chart);
            var tickX = chart.GetProperty("ticks").EnumerateArray().Select(t => t.GetProperty("x").GetDouble()).ToList();
            var axis = tickX[^1] - tickX[0];
            foreach (var label in chart.GetProperty("labels").EnumerateArray())
                Assert.True(label.GetProperty("left").GetDouble() >= 0, $"'{label.GetProperty("text").GetString()}' starts left of the chart");
            foreach (var bar in chart.GetProperty("bars").EnumerateArray())
            {
                var value = Number(bar.GetProperty("tip").GetString()!.Split(": ")[^1]);
                Assert.Equal(tickX[0], bar.GetProperty("x").GetDouble(), 0.5);
                Assert.Equal(value / ticks[^1], bar.GetProperty("width").GetDouble() / axis, 0.01);
            }
            if (chart.GetProperty("title").GetString()!.Contains("primary need", StringComparison.Ordinal))
                needLabels.AddRange(chart.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("text").GetString()!));
        }
        // Every primary need in the table is a whole label in the chart ("Social, emotional and mental health" was clipped).
        var needRows = (await page.Locator("table tbody th", new() { HasTextString = "Primary need: " }).AllInnerTextsAsync())
            .Select(t => t.Trim()["Primary need: ".Length..]).ToList();
        Assert.NotEmpty(needRows);
        Assert.Equal(needRows, needLabels);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_forecast_page_charts_children_with_round_ticks_and_spend_per_financial_year_in_pounds()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/forecast?area=region&years=3");
        await page.Locator("#yearly-table").WaitForAsync();

        var children = await ReadAsync(page.Locator("#children + figure svg"));
        Assert.StartsWith("Children in care per month from ", children.GetProperty("visibleTitle").GetString());
        Assert.Equal("children in care", children.GetProperty("axisTitle").GetString());
        AssertRoundTicks(children);

        var spend = await ReadAsync(page.Locator("#spend + figure svg"));
        Assert.StartsWith("Placement spend per financial year", spend.GetProperty("visibleTitle").GetString());
        Assert.StartsWith("£", spend.GetProperty("axisTitle").GetString());
        Assert.All(spend.GetProperty("ticks").EnumerateArray(), t => Assert.StartsWith("£", t.GetProperty("text").GetString()));
        var ticks = AssertRoundTicks(spend);
        var millions = spend.GetProperty("axisTitle").GetString()!.Contains("million", StringComparison.Ordinal) ? 1_000_000.0 : 1;
        var tickY = spend.GetProperty("ticks").EnumerateArray().Select(t => t.GetProperty("y").GetDouble()).ToList();
        var axis = tickY[0] - tickY[^1];

        // One column per financial year in the table, as tall as its spend on the axis.
        var rows = page.Locator("#yearly-table tbody tr");
        var bars = spend.GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(await rows.CountAsync(), bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var year = (await rows.Nth(i).Locator("th").InnerTextAsync()).Trim();
            var pounds = Number((await rows.Nth(i).Locator("td").Nth(1).InnerTextAsync()).Trim());
            Assert.StartsWith(year + " baseline: £", bars[i].GetProperty("tip").GetString());
            Assert.Equal(pounds / millions / ticks[^1], bars[i].GetProperty("height").GetDouble() / axis, 0.01);
        }
        await page.Context.CloseAsync();
    }
}
