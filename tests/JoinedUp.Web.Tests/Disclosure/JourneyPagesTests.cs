using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using JoinedUp.Analytics.Journeys;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// The journey pages over synthetic London: the regional cohort journeys never show a count of 1 to 4 to a regional
/// analyst; a child's journey and the early warning are for the child's own LA only, refused to anyone else, and audited.
/// </summary>
[Collection(SyntheticLondonCollection.Name)]
public sealed partial class JourneyPagesTests(SyntheticLondonApp london)
{
    [Fact]
    public async Task The_cohort_journeys_show_a_regional_analyst_no_count_of_1_to_4()
    {
        var client = await london.SignedInAsync(Roles.RegionalAnalyst);
        var response = await client.GetAsync("/journeys/cohort");
        Assert.Equal(200, response.Status);
        var html = await response.TextAsync();
        var tables = Table().Matches(html).ToList();
        Assert.NotEmpty(tables);
        var counts = 0;
        foreach (Match table in tables)
            foreach (Match row in Row().Matches(table.Value))
            {
                var cells = Cell().Matches(row.Value).Select(m => m.Groups[1].Value).ToList();
                // The last column is the median of months, not a count.
                foreach (var cell in cells.Take(cells.Count - 1))
                {
                    var value = long.Parse(cell, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                    Assert.False(value is >= 1 and <= 4, $"a count of {value} is shown");
                    counts++;
                }
            }
        Assert.True(counts > 50, $"{counts} counts read");
        Assert.Contains("Residential", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_childs_journey_is_shown_to_its_own_la_only_and_every_view_is_audited()
    {
        var barnet = LaJourneys.Load(london.Store, "302").Journeys.First(j => j.Returns.Count >= 3);
        var bexley = LaJourneys.Load(london.Store, "303").Journeys[0];
        var analyst = await london.SignedInAsync(Roles.LaAnalyst);
        var page = await analyst.GetAsync($"/children/{barnet.Pseudonym}/journey");
        Assert.Equal(200, page.Status);
        var html = WebUtility.HtmlDecode(await page.TextAsync());
        Assert.Contains("Escalation point: Transfer to secondary school (11)", html);
        Assert.Contains(barnet.Events[0].Words, html);
        Assert.Contains("At what age was their first assessment?", html);

        Assert.Equal(403, (await analyst.GetAsync($"/children/{bexley.Pseudonym}/journey")).Status);
        var regional = await london.SignedInAsync(Roles.RegionalAnalyst);
        Assert.Equal(403, (await regional.GetAsync($"/children/{barnet.Pseudonym}/journey")).Status);

        using var connection = london.Store.OpenConnection();
        var audited = connection.Query<(string Target, string Outcome)>("SELECT target, outcome FROM audit_log WHERE action = 'child.journey.view'").ToList();
        Assert.Contains((barnet.Pseudonym, "allowed"), audited);
        Assert.Contains((bexley.Pseudonym, "denied"), audited);
        Assert.Equal(2, audited.Count(a => a.Outcome == "denied" && (a.Target == bexley.Pseudonym || a.Target == barnet.Pseudonym)));
    }

    [Fact]
    public async Task The_early_warning_lists_the_las_children_with_reasons_and_the_backtest_beside_the_rules()
    {
        var analyst = await london.SignedInAsync(Roles.LaAnalyst);
        var response = await analyst.GetAsync("/early-warning?asOf=2024-03-31");
        Assert.Equal(200, response.Status);
        var html = WebUtility.HtmlDecode(await response.TextAsync());
        Assert.Contains("Gate: aged 10 to 15 on the day", html);
        Assert.Contains("Signal: a child in need plan open", html);
        Assert.Contains("How these rules would have done", html);
        var expected = JoinedUp.Analytics.EarlyWarning.EarlyWarningRules.Apply(LaJourneys.Load(london.Store, "302").Journeys, new DateOnly(2024, 3, 31),
            JoinedUp.Analytics.EarlyWarning.EarlyWarningSettings.Default);
        Assert.Contains($"{expected.Count} of ", html);
        foreach (var flag in expected) Assert.Contains($"/children/{flag.Pseudonym}/journey", html);

        Assert.Contains("Minimum signals 9", WebUtility.HtmlDecode(await (await analyst.GetAsync("/early-warning?minSignals=9")).TextAsync()));
        var regional = await london.SignedInAsync(Roles.RegionalAnalyst);
        Assert.Equal(403, (await regional.GetAsync("/early-warning")).Status);
    }

    [GeneratedRegex("<table id=\"[^\"]+\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex Cell();
}
