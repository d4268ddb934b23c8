using JoinedUp.Store.Reading;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Browser;

/// <summary>
/// A return whose headline figures jump beyond the tolerance from the LA's neighbouring year is held with a warning
/// until the LA's analyst confirms it, and never changes what another LA's views show.
/// </summary>
[Collection(UploadsCollection.Name)]
public sealed class PlausibilityTests(WebFixture web)
{
    private const int Jump = 80;

    [Fact]
    public async Task A_2022_return_that_jumps_from_the_2023_figure_is_held_with_a_warning_and_other_las_views_do_not_change()
    {
        var camden = await UploadTestUsers.SignInAsync(web, "camden-analyst", "202");
        var camdenBefore = await DefaultViewAsync(camden);

        var page = await UploadTestUsers.BarnetAsync(web);
        var upload = new HandMadeReturn();
        for (var i = 0; i < Jump; i++) upload.Episode($"JMP{i:D4}", "01/06/2021");
        await upload.UploadAsync(page, 2022);
        await HandMadeReturn.FinishedAsync(page);

        var warning = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Check the 2022 figures" });
        var text = await warning.InnerTextAsync();
        var seeded2023 = SeededRegion.LookedAfter[("302", 2023)];
        Assert.Contains($"Children looked after on 31 March: {Jump} in 2022 against {seeded2023} in 2023", text);
        Assert.Contains("held", text);
        Assert.NotNull(web.App.Region.Store.Submissions().SingleOrDefault(s => s.La == "302" && s.Year == 2022));

        Assert.NotEqual(Jump.ToString(System.Globalization.CultureInfo.InvariantCulture), await BarnetFigureAsync(page, 2022));
        Assert.Equal(camdenBefore, await DefaultViewAsync(camden));

        await page.GotoAsync("/uploads");
        Assert.Contains($"{Jump} in 2022 against {seeded2023} in 2023", await page.Locator(".warning").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the 2022 figures are right" }).ClickAsync();
        Assert.Contains("confirmed", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(Jump.ToString(System.Globalization.CultureInfo.InvariantCulture), await BarnetFigureAsync(page, 2022));
        await page.Context.CloseAsync();
        await camden.Context.CloseAsync();
    }

    private static async Task<string> DefaultViewAsync(IPage page)
    {
        await page.GotoAsync("/dashboard/looked-after");
        return await page.Locator("main").InnerTextAsync();
    }

    /// <summary>Barnet's figure on its own analyst's looked-after view of the year, or "" when the view has none.</summary>
    private static async Task<string> BarnetFigureAsync(IPage page, int year)
    {
        await page.GotoAsync($"/dashboard/looked-after?year={year}");
        var cells = page.Locator("table tbody tr", new() { HasText = "Barnet" }).Locator("td");
        return await cells.CountAsync() == 0 ? "" : (await cells.First.InnerTextAsync()).Trim();
    }
}
