using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JoinedUp.Analytics.Benchmarks;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Views;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;
using Xunit.Abstractions;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// No count of 1 to 4 about other LAs' children is shown anywhere: every dashboard view for one small LA (City of
/// London) and one ICS, under every combination of year, age band, sex and ethnicity and each category of need, read as
/// a regional analyst from the API; the pages and CSV exports of every single filter too.
/// </summary>
[Collection(SyntheticLondonCollection.Name)]
public sealed partial class SmallCountSweepTests(SyntheticLondonApp london, ITestOutputHelper output)
{
    private static readonly string[] Areas = ["la=201", "ics=" + Uri.EscapeDataString("North East London ICS")];

    private static IEnumerable<string?> OrAll(IEnumerable<string> values, string parameter) =>
        new string?[] { null }.Concat(values.Select(v => parameter + "=" + Uri.EscapeDataString(v)));

    private static string Join(params string?[] parts) => string.Join("&", parts.Where(p => p is not null));

    [Fact]
    public async Task No_count_of_1_to_4_about_another_LA_appears_in_any_view_filter_page_or_export()
    {
        Assert.Contains(Regions.London.Footprints.Keys, k => k == "North East London ICS");
        var years = OrAll(SyntheticLondonApp.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)), "year").ToList();
        var queries = new List<string>();
        foreach (var area in Areas)
        {
            foreach (var year in years)
                foreach (var age in OrAll(AgeBand.All, "age"))
                    foreach (var sex in OrAll(Sexes.All, "sex"))
                        foreach (var ethnicity in OrAll(EthnicGroup.All, "ethnicity"))
                            queries.Add(Join(area, year, age, sex, ethnicity));
            foreach (var year in years)
                foreach (var need in OrAll(CategoriesOfNeed.Names.Keys.Append(CategoriesOfNeed.NotKnown), "need").Skip(1))
                    queries.Add(Join(area, year, need));
        }

        int views = 0, cells = 0, refused = 0;
        foreach (var view in DashboardViews.All.Keys)
            foreach (var query in queries)
            {
                var json = await london.ViewAsync(Roles.RegionalAnalyst, view, query);
                views++;
                if (json.GetProperty("refusal").ValueKind == JsonValueKind.String) refused++;
                var headers = json.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).ToList();
                foreach (var row in json.GetProperty("rows").EnumerateArray())
                {
                    var label = row.GetProperty("label").GetString()!;
                    var c = 0;
                    foreach (var cell in row.GetProperty("cells").EnumerateArray())
                    {
                        c++;
                        if (!DisclosureCoverage.IsCountRow(label) || !DisclosureCoverage.IsCountColumn(headers[c])) continue;
                        if (cell.GetProperty("value").ValueKind != JsonValueKind.Number) continue;
                        cells++;
                        var value = cell.GetProperty("value").GetDouble();
                        Assert.False(value is >= 1 and <= 4, $"/api/dashboard/{view}?{query}: {label} / {headers[c]} shows {value}");
                    }
                }
            }

        // The pages and CSV exports of every single filter.
        var client = await london.SignedInAsync(Roles.RegionalAnalyst);
        var singles = Areas.SelectMany(area => queries.Where(q => q.StartsWith(area, StringComparison.Ordinal) && q.Count(ch => ch == '&') <= 1)).ToList();
        int pages = 0;
        foreach (var view in DashboardViews.All.Keys)
            foreach (var query in singles)
            {
                var html = await (await client.GetAsync($"/dashboard/{view}?{query}")).TextAsync();
                var csv = await (await client.GetAsync($"/dashboard/{view}/export.csv?{query}")).TextAsync();
                pages++;
                AssertNoSmallCounts(PageTable(html), $"/dashboard/{view}?{query}");
                AssertNoSmallCounts(CsvTable(csv), $"/dashboard/{view}/export.csv?{query}");
            }
        output.WriteLine($"{views:N0} API views ({refused:N0} refused as too sparse), {cells:N0} count cells; {pages:N0} pages and CSV exports.");
        Assert.True(cells > 10_000, $"only {cells} count cells were read");
    }

    private static void AssertNoSmallCounts((List<string> Headers, List<(string Label, List<string> Cells)> Rows) table, string where)
    {
        foreach (var (label, cells) in table.Rows)
            for (var c = 0; c < cells.Count && c + 1 < table.Headers.Count; c++)
            {
                if (!DisclosureCoverage.IsCountRow(label) || !DisclosureCoverage.IsCountColumn(table.Headers[c + 1])) continue;
                if (!double.TryParse(cells[c].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
                Assert.False(value is >= 1 and <= 4 && value == Math.Floor(value), $"{where}: {label} / {table.Headers[c + 1]} shows {cells[c]}");
            }
    }

    private static (List<string>, List<(string, List<string>)>) PageTable(string html)
    {
        var figures = html[html.IndexOf("id=\"figures-caption\"", StringComparison.Ordinal)..];
        var headers = HeaderCell().Matches(figures[..figures.IndexOf("</thead>", StringComparison.Ordinal)]).Select(m => Text(m.Groups[1].Value)).ToList();
        var rows = RowPattern().Matches(figures[..figures.IndexOf("</tbody>", StringComparison.Ordinal)])
            .Select(m => (Text(m.Groups[1].Value), DataCell().Matches(m.Groups[2].Value).Select(d => Text(d.Groups[1].Value)).ToList())).ToList();
        return (headers, rows);
    }

    private static (List<string>, List<(string, List<string>)>) CsvTable(string csv)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var lines = new List<List<string>>();
        while (reader.Read()) lines.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i) ?? "").ToList());
        return (lines[0], lines.Skip(1).Select(l => (l[0], l.Skip(1).ToList())).ToList());
    }

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Trim();

    [GeneratedRegex("<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<tr[^>]*>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex DataCell();
}
