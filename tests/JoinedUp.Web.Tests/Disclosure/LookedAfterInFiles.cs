using System.Globalization;

namespace JoinedUp.Web.Tests.Disclosure;

/// <summary>
/// The truth, counted by the test from the generated SSDA903 files with its own reading (not JoinedUp's): children
/// looked after at the end of 31 March of each LA's return year, by LA, year and the DfE's major ethnic group.
/// </summary>
public static class LookedAfterInFiles
{
    /// <summary>The DfE's major ethnic groups by extended code (2020 onwards: CHNE is Asian).</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WBRI"] = "White",
        ["WIRI"] = "White",
        ["WIRT"] = "White",
        ["WOTH"] = "White",
        ["WROM"] = "White",
        ["MWBC"] = "Mixed",
        ["MWBA"] = "Mixed",
        ["MWAS"] = "Mixed",
        ["MOTH"] = "Mixed",
        ["AIND"] = "Asian",
        ["APKN"] = "Asian",
        ["ABAN"] = "Asian",
        ["AOTH"] = "Asian",
        ["CHNE"] = "Asian",
        ["BCRB"] = "Black",
        ["BAFR"] = "Black",
        ["BOTH"] = "Black",
        ["OOTH"] = "Other",
        ["REFU"] = "Not known",
        ["NOBT"] = "Not known",
    };

    public static IReadOnlyList<string> EthnicGroups { get; } = ["White", "Mixed", "Asian", "Black", "Other", "Not known"];

    public static Dictionary<(string La, int Year, string Group), int> Count(string returns, IEnumerable<string> las, IEnumerable<int> years)
    {
        var counts = new Dictionary<(string, int, string), int>();
        foreach (var la in las)
            foreach (var year in years)
            {
                var folder = Path.Combine(returns, la, year.ToString(CultureInfo.InvariantCulture));
                if (!Directory.Exists(folder)) continue;
                var ethnicity = Rows(Path.Combine(folder, "header.csv")).ToDictionary(r => r["CHILD"], r => Groups.GetValueOrDefault(r["ETHNIC"].Trim(), "Not known"));
                var yearEnd = new DateOnly(year, 3, 31);
                var inCare = Rows(Path.Combine(folder, "episodes.csv"))
                    .Where(e => Date(e["DECOM"]) <= yearEnd && (string.IsNullOrWhiteSpace(e["DEC"]) || Date(e["DEC"]) > yearEnd))
                    .Select(e => e["CHILD"]).Distinct();
                foreach (var child in inCare)
                {
                    var key = (la, year, ethnicity.GetValueOrDefault(child, "Not known"));
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        return counts;
    }

    public static int Of(Dictionary<(string La, int Year, string Group), int> counts, string la, int year, string? group) =>
        group is null ? EthnicGroups.Sum(g => counts.GetValueOrDefault((la, year, g))) : counts.GetValueOrDefault((la, year, group));

    private static DateOnly Date(string text) => DateOnly.ParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var headings = reader.ReadLine()!.Split(',');
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var values = line.Split(',');
            yield return headings.Select((h, i) => (h, v: i < values.Length ? values[i] : "")).ToDictionary(x => x.h, x => x.v);
        }
    }
}
