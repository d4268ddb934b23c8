using System.Globalization;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// The snapshot and SEN2 views' comparisons over the shared web region, where Barnet (the analyst's LA) has neither
/// return and Bexley and Brent have both: Barnet's row says "no return" and London's counts Bexley's and Brent's
/// children, protected.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LaComparisonOfReturnsTests(WebFixture web)
{
    private long Scalar(string sql, object parameters)
    {
        using var connection = web.App.Region.Store.OpenConnection();
        return Dapper.SqlMapper.ExecuteScalar<long>(connection, sql, parameters);
    }

    private static async Task<string[]> RowAsync(IPage page, string label) =>
        (await page.Locator("#comparison-table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = label }) }).First.Locator("td").AllInnerTextsAsync())
            .Select(t => t.Trim()).ToArray();

    [Fact]
    public async Task The_high_cost_and_ehc_plan_comparisons_count_the_regions_returns_protected()
    {
        var page = await web.SignInAsync(Roles.LaAnalyst);
        await page.GotoAsync("/dashboard/high-cost?year=2024");
        Assert.All(await RowAsync(page, "Barnet (your LA)"), cell => Assert.Equal("no return", cell));
        var snapshot = Scalar("SELECT COUNT(*) FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id WHERE s.year = 2024", new { });
        var london = await RowAsync(page, "London (all 33 LAs)");
        CohortDashboardTests.AssertProtected(snapshot, london[0]);
        var population = (double)(JoinedUp.Analytics.Population.ChildPopulation.Of("303")! + JoinedUp.Analytics.Population.ChildPopulation.Of("304")!);
        Assert.Equal(Math.Round(long.Parse(london[0].Replace(",", ""), CultureInfo.InvariantCulture) / population * 10_000, 1).ToString("N1", CultureInfo.InvariantCulture), london[1]);
        Assert.Matches(@"^[\d,]+$", london[2]);

        await page.GotoAsync("/dashboard/ehc-plans?year=2024");
        Assert.All(await RowAsync(page, "Barnet (your LA)"), cell => Assert.Equal("no return", cell));
        var plans = Scalar(
            """
            SELECT COUNT(DISTINCT s.la || ':' || r.pseudonym) FROM sen2_request r JOIN submission s ON s.id = r.submission_id
            WHERE s.return_kind = 'sen2' AND s.year = 2024 AND r.plan_start IS NOT NULL AND r.plan_start <= '2024-03-31'
              AND (r.plan_cease_date IS NULL OR r.plan_cease_date > '2024-03-31')
            """, new { });
        CohortDashboardTests.AssertProtected(plans, (await RowAsync(page, "London (all 33 LAs)"))[0]);
        await page.Context.CloseAsync();
    }
}
