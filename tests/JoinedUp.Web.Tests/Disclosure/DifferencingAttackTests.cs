using JoinedUp.Domain.Returns;
using System.Globalization;
using System.Text.Json;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;
using Xunit.Abstractions;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// The differencing attacks that recovered hidden cells under per-table suppression, replayed by a regional analyst
/// against synthetic London through the JSON API and the linkage export, each derivation scored against the truth the
/// test counts itself (from the generated files, or from the store's own unlinked rows for linkage).
/// </summary>
[Collection(SyntheticLondonCollection.Name)]
public sealed class DifferencingAttackTests(SyntheticLondonApp london, ITestOutputHelper output)
{
    private sealed class Score
    {
        public int Scored { get; private set; }
        public int Right { get; private set; }

        /// <summary>A derivation counts when the true count is 1 to 4 (the cells per-table suppression hid).</summary>
        public void Add(long derived, long truth)
        {
            if (truth is < 1 or > 4) return;
            Scored++;
            if (derived == truth) Right++;
        }

        public override string ToString() => $"{Right} right of {Scored}";
    }

    private static string? Group(string? g) => g is null ? null : "ethnicity=" + Uri.EscapeDataString(g);

    private static string Query(params string?[] parts) => string.Join("&", parts.Where(p => p is not null));

    /// <summary>The "{year} children" cell of each row of a looked-after view, by row label; null where the table was refused as too sparse.</summary>
    private static Dictionary<string, long>? Children(JsonElement view, int year)
    {
        if (view.GetProperty("refusal").ValueKind == JsonValueKind.String) return null;
        var column = view.GetProperty("headers").EnumerateArray().Select(h => h.GetString()).ToList().IndexOf($"{year} children") - 1;
        Assert.True(column >= 0);
        return view.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("label").GetString()!, r =>
        {
            var cell = r.GetProperty("cells")[column];
            Assert.NotEqual("c", cell.GetProperty("text").GetString());
            return cell.GetProperty("value").GetInt64();
        });
    }

    [Fact]
    public async Task Differencing_views_gives_noise_not_children()
    {
        var region = Regions.London;
        var truth = LookedAfterInFiles.Count(london.Returns, region.Members.Select(la => la.DfeCode), SyntheticLondonApp.Years);
        var groups = new string?[] { null }.Concat(LookedAfterInFiles.EthnicGroups).ToList();

        // 1. An ICS's total minus its other LAs, for every ethnicity filter: each LA in turn is the target.
        var ics = new Score();
        var refused = 0;
        foreach (var (footprint, members) in region.Footprints)
            foreach (var g in groups)
            {
                var view = await london.ViewAsync(Roles.RegionalAnalyst, "looked-after", Query("ics=" + Uri.EscapeDataString(footprint), Group(g)));
                foreach (var year in SyntheticLondonApp.Years)
                {
                    if (Children(view, year) is not { } shown)
                    {
                        refused++;
                        continue;
                    }
                    foreach (var target in members)
                    {
                        var others = members.Where(m => m != target).Sum(m => shown[region[m].Name]);
                        ics.Add(shown["All selected LAs"] - others, LookedAfterInFiles.Of(truth, target, year, g));
                    }
                }
            }

        // The published cell of an LA is the same in the ICS view and in the LA's own view (?la=): no new information.
        var nel = region.Footprints.Single(f => f.Key.StartsWith("North East", StringComparison.Ordinal));
        var nelView = Children(await london.ViewAsync(Roles.RegionalAnalyst, "looked-after", "ics=" + Uri.EscapeDataString(nel.Key)), 2024);
        foreach (var la in nel.Value)
            Assert.Equal(nelView![region[la].Name], Children(await london.ViewAsync(Roles.RegionalAnalyst, "looked-after", "la=" + la), 2024)![region[la].Name]);

        // 2. An LA's total minus its other ethnic groups' views.
        var ethnic = new Score();
        foreach (var la in region.Members)
        {
            var views = new Dictionary<string, Dictionary<int, long>>();
            foreach (var g in groups)
            {
                var view = await london.ViewAsync(Roles.RegionalAnalyst, "looked-after", Query("la=" + la.DfeCode, Group(g)));
                if (Children(view, SyntheticLondonApp.Years[0]) is null) continue;
                views[g ?? ""] = SyntheticLondonApp.Years.ToDictionary(y => y, y => Children(view, y)![la.Name]);
            }
            foreach (var year in SyntheticLondonApp.Years)
                foreach (var g in LookedAfterInFiles.EthnicGroups)
                {
                    if (!groups.All(o => views.ContainsKey(o ?? "") || o == g))
                    {
                        refused++;
                        continue;
                    }
                    var derived = views[""][year] - LookedAfterInFiles.EthnicGroups.Where(o => o != g).Sum(o => views[o][year]);
                    ethnic.Add(derived, LookedAfterInFiles.Of(truth, la.DfeCode, year, g));
                }
        }

        // 3. Linkage: records minus linked records of each submission, against the store's own unlinked rows.
        var linkage = new Score();
        var client = await london.SignedInAsync(Roles.RegionalAnalyst);
        var csv = await (await client.GetAsync("/linkage/export.csv")).TextAsync();
        var unlinked = UnlinkedInStore();
        var names = region.Members.ToDictionary(la => la.Name, la => la.DfeCode);
        var returns = Enum.GetValues<ReturnKind>().ToDictionary(k => k.Title(), k => k.Code());
        foreach (var line in csv.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith("All,", StringComparison.Ordinal)))
        {
            var cells = line.TrimEnd('\r').Split(',');
            // "Barnet 2024 SSDA903 (children looked after)": LA name, year, then the return's name.
            var label = System.Text.RegularExpressions.Regex.Match(cells[0], @"^(?<name>.+) (?<year>\d{4}) (?<return>.+)$");
            var key = (names[label.Groups["name"].Value], int.Parse(label.Groups["year"].Value, CultureInfo.InvariantCulture), returns[label.Groups["return"].Value]);
            linkage.Add(long.Parse(cells[1], CultureInfo.InvariantCulture) - long.Parse(cells[2], CultureInfo.InvariantCulture), unlinked.GetValueOrDefault(key));
        }

        output.WriteLine($"ICS total minus its other LAs: {ics}; LA total minus its other ethnic groups: {ethnic}; linkage records minus linked: {linkage}; {refused} derivations impossible (a view refused as too sparse)");
        var scored = ics.Scored + ethnic.Scored + linkage.Scored;
        var right = ics.Right + ethnic.Right + linkage.Right;
        Assert.True(scored >= 20, $"only {scored} derivations of a small count were possible");
        Assert.True(right <= 0.3 * scored, $"the attacker was right {right} times in {scored}");
        foreach (var score in new[] { ics, ethnic, linkage }.Where(s => s.Scored >= 10))
            Assert.True(score.Right <= 0.3 * score.Scored, $"one attack was right {score}");
    }

    [Fact]
    public async Task The_same_query_always_gives_the_same_figures()
    {
        var first = (await london.ViewAsync(Roles.RegionalAnalyst, "out-of-area", "ics=North+East+London+ICS&sex=Female")).GetProperty("rows").ToString();
        var client = await london.SignedInAsync(Roles.RegionalAnalyst);
        var csv1 = await (await client.GetAsync("/dashboard/stability/export.csv?ethnicity=Black")).TextAsync();
        var second = (await london.ViewAsync(Roles.RegionalAnalyst, "out-of-area", "ics=North+East+London+ICS&sex=Female")).GetProperty("rows").ToString();
        var csv2 = await (await client.GetAsync("/dashboard/stability/export.csv?ethnicity=Black")).TextAsync();
        Assert.Equal(first, second);
        Assert.Equal(csv1, csv2);
    }

    private Dictionary<(string La, int Year, string Return), long> UnlinkedInStore()
    {
        using var connection = london.Store.OpenConnection();
        return connection.Query<(string La, long Year, string Return, long Count)>(
                "SELECT la, year, return_kind, COUNT(DISTINCT pseudonym) FROM child_unlinked GROUP BY la, year, return_kind")
            .ToDictionary(r => (r.La, (int)r.Year, r.Return), r => r.Count);
    }
}
