using System.Globalization;
using System.Text;
using JoinedUp.Synthetic.InjectedErrors;

namespace JoinedUp.Synthetic;

/// <summary>What the generator wrote: one entry per LA per year, in LA code then year order.</summary>
public sealed class SyntheticRegionSummary(string regionName, int seed, double scale, IReadOnlyList<Ssda903ReturnSummary> returns)
{
    /// <summary>File the summary is also written to, at the top of the output folder.</summary>
    public const string FileName = "synthetic-summary.txt";

    public string RegionName { get; } = regionName;
    public int Seed { get; } = seed;
    public double Scale { get; } = scale;
    public IReadOnlyList<Ssda903ReturnSummary> Returns { get; } = returns;

    public long TotalEpisodes => Returns.Sum(r => (long)r.Episodes);
    public long TotalChildren => Returns.Sum(r => (long)r.Children);

    public int TotalInjected(InjectedErrorKind kind) => Returns.Sum(r => r.Injected(kind));

    /// <summary>Children looked after across the region on 31 March of a year.</summary>
    public int LookedAfterAt31March(int year) => Returns.Where(r => r.Year == year).Sum(r => r.LookedAfterAt31March);

    public Ssda903ReturnSummary For(string laCode, int year) => Returns.Single(r => r.LaCode == laCode && r.Year == year);

    /// <summary>The summary as CSV: la_code, la_name, year, children, episodes, looked_after_31_march, then one column per error kind.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder("la_code,la_name,year,children,episodes,looked_after_31_march");
        foreach (var rate in InjectedErrorRates.All) text.Append(',').Append(rate.Kind);
        text.Append("\r\n");
        foreach (var r in Returns)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.LaCode},\"{r.LaName}\",{r.Year},{r.Children},{r.Episodes},{r.LookedAfterAt31March}");
            foreach (var rate in InjectedErrorRates.All) text.Append(',').Append(r.Injected(rate.Kind).ToString(CultureInfo.InvariantCulture));
            text.Append("\r\n");
        }
        return text.ToString();
    }
}
