using Dapper;
using JoinedUp.Analytics.Views;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>The high-cost cohort and EHC plan views (issue 4) read figures that match the store's own rows.</summary>
[Collection(WebCollection.Name)]
public sealed class CohortDashboardTests(WebFixture web)
{
    private (long Children, long TopQuartile) SnapshotCounts(int year, string? la = null)
    {
        using var connection = web.App.Region.Store.OpenConnection();
        var costs = connection.Query<double>(
            "SELECT p.weekly_cost FROM snapshot_placement p JOIN submission s ON s.id = p.submission_id WHERE s.year = @year AND (@la IS NULL OR s.la = @la)",
            new { year, la }).Order().ToList();
        var threshold = costs[(int)Math.Ceiling(0.75 * costs.Count) - 1];
        return (costs.Count, costs.Count(c => c >= threshold));
    }

    private long EhcPlansInForce(int year)
    {
        using var connection = web.App.Region.Store.OpenConnection();
        return connection.ExecuteScalar<long>(
            """
            SELECT COUNT(DISTINCT s.la || ':' || r.pseudonym) FROM sen2_request r JOIN submission s ON s.id = r.submission_id
            WHERE s.return_kind = 'sen2' AND s.year = @year AND r.plan_start IS NOT NULL AND r.plan_start <= @end
              AND (r.plan_cease_date IS NULL OR r.plan_cease_date > @end)
            """, new { year, end = $"{year}-03-31" });
    }

    private static long Number(string shown) => long.Parse(shown.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A count about other LAs' children as the cell key method shows it: within 3 of the truth, never 1 to 4.</summary>
    internal static void AssertProtected(long truth, string shown)
    {
        var value = Number(shown);
        if (truth is > 0 and < 5) Assert.Contains(value, new long[] { 0, 5 });
        else Assert.InRange(value, truth == 0 ? 0 : Math.Max(5, truth - 3), truth + 3);
    }

    private static async Task<string[]> RowAsync(IPage page, string label) =>
        (await page.Locator("table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = label }) }).First.Locator("td").AllInnerTextsAsync())
            .Select(t => t.Trim()).ToArray();

    [Fact]
    public async Task The_high_cost_cohort_shows_the_snapshots_children_and_top_quartile()
    {
        var (children, top) = SnapshotCounts(2024);
        Assert.True(children >= 20, $"the synthetic snapshot holds {children} children");
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/dashboard/high-cost?year=2024");
        Assert.Equal(HighCostCohort.Title, await page.Locator("h1").InnerTextAsync());
        var all = await RowAsync(page, "All children in the snapshot");
        AssertProtected(children, all[0]);
        AssertProtected(top, all[1]);
        foreach (var sex in new[] { "Sex: Male", "Sex: Female" })
            Assert.Matches(@"^\d[\d,]*$", (await RowAsync(page, sex))[0]);
        Assert.True(await page.Locator("svg[role=img] title").CountAsync() >= 3);
        var shares = await RowAsync(page, "Cost share: social care");
        Assert.Matches(@"^\d+\.\d$", shares[1]);

        var (bexley, bexleyTop) = SnapshotCounts(2024, "303");
        await page.GotoAsync("/dashboard/high-cost?year=2024&la=303");
        var one = await RowAsync(page, "All children in the snapshot");
        AssertProtected(bexley, one[0]);
        AssertProtected(bexleyTop, one[1]);

        var csv = await (await page.APIRequest.GetAsync("/dashboard/high-cost/export.csv?year=2024")).TextAsync();
        Assert.Contains($"All children in the snapshot,{all[0].Replace(",", "")},{all[1].Replace(",", "")},", csv);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_ehc_plan_view_counts_the_plans_in_force_in_the_sen2_returns()
    {
        var plans2024 = EhcPlansInForce(2024);
        var plans2023 = EhcPlansInForce(2023);
        Assert.True(plans2024 >= 5);
        var page = await web.SignInAsync(Roles.RegionalAnalyst);
        await page.GotoAsync("/dashboard/ehc-plans");
        Assert.Equal(EhcPlanGrowth.Title, await page.Locator("h1").InnerTextAsync());
        var totalColumn = 6 + 5;
        var shown2024 = (await RowAsync(page, "2024"))[totalColumn];
        var shown2023 = (await RowAsync(page, "2023"))[totalColumn];
        AssertProtected(plans2024, shown2024);
        AssertProtected(plans2023, shown2023);
        // Growth is computed from the figures shown, never from the true counts.
        var growth = Math.Round(100.0 * (Number(shown2024) - Number(shown2023)) / Number(shown2023), 1);
        Assert.Equal(growth.ToString("N1"), (await RowAsync(page, "2024"))[totalColumn + 2]);
        var xlsx = await page.APIRequest.GetAsync("/dashboard/ehc-plans/export.xlsx");
        Assert.Equal(200, xlsx.Status);
        await page.Context.CloseAsync();
    }
}
