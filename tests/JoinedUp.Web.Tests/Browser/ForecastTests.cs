using System.Globalization;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Results;
using JoinedUp.Store.Reading;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The forecast page: the first forecast point is the children actually in care, a unit cost scenario moves spend by its percentage, and scenarios are saved by name.</summary>
[Collection(WebCollection.Name)]
public sealed class ForecastTests(WebFixture web)
{
    private static async Task<string[]> YearRowAsync(IPage page, int index) =>
        (await page.Locator("#yearly-table tbody tr").Nth(index).Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();

    private static double Pounds(string text) => double.Parse(text.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_regional_analyst_forecasts_the_region_compares_a_scenario_and_saves_it()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        Assert.Equal("/forecast", await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Forecast", Exact = true }).GetAttributeAsync("href"));
        await page.GotoAsync("/forecast");
        Assert.Equal("Forecast children in care and placement spend", await page.Locator("h1").InnerTextAsync());

        // Baseline for the whole region from the page's default start date.
        await page.GetByLabel("Area").SelectOptionAsync("region");
        await page.GetByLabel("Years (1 to 10)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run forecast" }).ClickAsync();
        await page.Locator("#yearly-table").WaitForAsync();
        var start = DateOnly.ParseExact(await page.GetByLabel("Start date").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = CareHistory.Build(web.App.Region.Store.LoadedEpisodes()).CountInCare(start);
        Assert.True(expected > 100, $"the synthetic region has {expected} children in care on {start}");
        var first = await YearRowAsync(page, 0);
        // The children in care on the start date are other LAs' children: published through the disclosure control.
        CohortDashboardTests.AssertProtected(expected, first[0]);
        var shownAtStart = first[0].Replace(",", "");
        // Financial years: the first from the start date, the last to three years on.
        Assert.Equal(FinancialYear.Spans(start, start.AddYears(3)).Count, await page.Locator("#yearly-table tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("figure.chart svg[role=img] polyline").CountAsync());
        Assert.True(await page.Locator("#backtests-table tbody tr").CountAsync() >= 1);
        Assert.Matches(@"^-?\d+\.\d$", (await page.Locator("#backtests-table tbody tr td").First.InnerTextAsync()).Trim());
        var baselineSpend = Pounds(first[1]);

        var csv = await (await page.APIRequest.GetAsync("/forecast/export.csv?area=region&years=3&start=" + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).TextAsync();
        Assert.Contains($"{start:yyyy-MM-dd},{shownAtStart},", csv);
        Assert.Equal(37, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // A scenario: unit costs up 10% from the start date.
        await page.GetByLabel("Scenario name").FillAsync("Costs up a tenth");
        await page.GetByLabel("Change in unit costs (%)").FillAsync("10");
        await page.GetByLabel("Changes apply from").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Run forecast" }).ClickAsync();
        await page.Locator("#yearly-table th", new() { HasTextString = "Spend: scenario" }).WaitForAsync();
        var row = await YearRowAsync(page, 0);
        Assert.Equal(first[0], row[0]);
        Assert.Equal(first[0], row[1]);
        Assert.Equal(baselineSpend, Pounds(row[3]));
        var ratio = Pounds(row[4]) / Pounds(row[3]);
        Assert.InRange(ratio, 1.099, 1.101);
        Assert.Equal(2, await page.Locator("figure.chart svg[role=img] polyline").CountAsync());

        // Saved by name, then listed and run again from the list.
        await page.GetByLabel("Save this scenario as").FillAsync("Regional costs +10%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scenario" }).ClickAsync();
        var link = page.Locator("ul.saved-scenarios a", new() { HasTextString = "Run Regional costs +10%" });
        await link.WaitForAsync();
        await link.ClickAsync();
        await page.Locator("#yearly-table th", new() { HasTextString = "Spend: scenario" }).WaitForAsync();
        Assert.Equal("Regional costs +10%", await page.GetByLabel("Scenario name").InputValueAsync());
        Assert.Equal("10", await page.GetByLabel("Change in unit costs (%)").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_yearly_table_has_financial_years_whose_spend_is_the_sum_of_the_monthly_csv_points()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        const string query = "?area=region&start=2024-01-01&years=2";
        await page.GotoAsync("/forecast" + query);
        await page.Locator("#yearly-table").WaitForAsync();
        var labels = (await page.Locator("#yearly-table tbody th").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal(["2023-24 (from 1 Jan 2024)", "2024-25", "2025-26 (to 31 Dec 2025)"], labels);

        var lines = (await (await page.APIRequest.GetAsync("/forecast/export.csv" + query)).TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        Assert.Equal(["Date", "Children in care (expected): baseline", "Spend over the month (expected): baseline"], header);
        var months = lines.Skip(1).Select(l => l.Split(',')).Select(c => (Date: DateOnly.ParseExact(c[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Spend: double.Parse(c[2], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(24, months.Count);
        (DateOnly From, DateOnly To)[] years = [(new(2024, 1, 1), new(2024, 4, 1)), (new(2024, 4, 1), new(2025, 4, 1)), (new(2025, 4, 1), new(2026, 1, 1))];
        for (var y = 0; y < years.Length; y++)
        {
            var inYear = months.Where(m => m.Date >= years[y].From && m.Date < years[y].To).ToList();
            Assert.Equal(y == 1 ? 12 : y == 0 ? 3 : 9, inYear.Count);
            var shown = Pounds((await YearRowAsync(page, y))[1]);
            // The CSV rounds each month to the pound, the table the year.
            Assert.InRange(shown - inYear.Sum(m => m.Spend), -inYear.Count, inYear.Count);
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("1990-01-01")]
    [InlineData("2030-01-01")]
    public async Task A_start_date_outside_the_loaded_returns_gets_the_possible_range(string start)
    {
        var history = CareHistory.Build(web.App.Region.Store.LoadedEpisodes());
        string Long(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var expected = $"Enter a start date from {Long(history.FirstDate!.Value.AddDays(1))} to {Long(history.LatestDate!.Value.AddYears(1))}.";
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        var response = await page.GotoAsync($"/forecast?area=region&years=1&start={start}");
        Assert.Equal(400, response!.Status);
        var problem = (await page.Locator(".error-summary").InnerTextAsync()).Trim();
        Assert.Contains(expected, problem);
        Assert.DoesNotContain("reference window", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await page.Locator("#yearly-table").CountAsync());

        var csv = await page.APIRequest.GetAsync($"/forecast/export.csv?area=region&years=1&start={start}");
        Assert.Equal(400, csv.Status);
        Assert.Contains(expected, await csv.TextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_csv_names_the_scenario_and_says_children_are_expected_values()
    {
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        var csv = await (await page.APIRequest.GetAsync("/forecast/export.csv?area=region&start=2024-01-01&years=1&name=Fewer%20entries&entry=-10&from=2024-01-01")).TextAsync();
        Assert.Equal("Date,Children in care (expected): baseline,Spend over the month (expected): baseline,"
            + "Children in care (expected): scenario Fewer entries,Spend over the month (expected): scenario Fewer entries", csv.TrimStart('\uFEFF').Split("\r\n")[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_la_analyst_forecasts_only_their_own_la()
    {
        var page = await web.SignInAsync(Roles.LaAnalyst);
        await page.GotoAsync("/forecast");
        var options = await page.Locator("#area option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        var own = Assert.Single(options);
        Assert.NotEqual("region", own);
        var other = own == "302" ? "303" : "302";
        var refused = await page.APIRequest.GetAsync("/forecast?area=" + other);
        Assert.Equal(403, refused.Status);
        var regional = await page.APIRequest.GetAsync("/forecast/export.csv?area=region");
        Assert.Equal(403, regional.Status);

        // Their own LA's children in care on the start date are shown exactly.
        var start = new DateOnly(2024, 1, 1);
        var exact = CareHistory.Build(web.App.Region.Store.LoadedEpisodes()).ForLocalAuthority(own).CountInCare(start);
        var csv = await (await page.APIRequest.GetAsync($"/forecast/export.csv?area={own}&years=1&start=2024-01-01")).TextAsync();
        Assert.Contains($"2024-01-01,{exact},", csv);
        await page.Context.CloseAsync();
    }
}
