namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// How many children each LA looks after at any time: the child population (0-17, thousands, rounded from ONS mid-year
/// estimates) times a plausible rate per 10,000, scaled so that London as a whole looks after about 10,000 children
/// (about 60 per 10,000). LAs outside the table get a typical English authority's numbers.
/// </summary>
internal static class LookedAfterPopulation
{
    /// <summary>Children looked after in London at any time, at scale 1.</summary>
    public const double LondonTotal = 10_000;

    private static readonly Dictionary<string, (double ChildrenThousands, double RatePer10000)> Table = new()
    {
        ["201"] = (1.0, 60), // City of London: a handful, mostly UASC
        ["202"] = (45, 55),
        ["203"] = (65, 70),
        ["204"] = (60, 65),
        ["205"] = (35, 55),
        ["206"] = (40, 75),
        ["207"] = (28, 40),
        ["208"] = (55, 75),
        ["209"] = (65, 70),
        ["210"] = (60, 70),
        ["211"] = (70, 45),
        ["212"] = (60, 45),
        ["213"] = (38, 45),
        ["301"] = (65, 65),
        ["302"] = (95, 35),
        ["303"] = (55, 55),
        ["304"] = (75, 45),
        ["305"] = (70, 40),
        ["306"] = (95, 85),
        ["307"] = (80, 45),
        ["308"] = (85, 60),
        ["309"] = (55, 65),
        ["310"] = (60, 30),
        ["311"] = (60, 45),
        ["312"] = (75, 55),
        ["313"] = (65, 55),
        ["314"] = (40, 35),
        ["315"] = (48, 35),
        ["316"] = (90, 60),
        ["317"] = (80, 30),
        ["318"] = (45, 30),
        ["319"] = (48, 45),
        ["320"] = (65, 50),
    };

    private static readonly double LondonRawTotal = Table.Values.Sum(v => v.ChildrenThousands * v.RatePer10000);

    /// <summary>Children the LA looks after at any time, at the given scale (at least 2).</summary>
    public static double TargetStock(string dfeCode, double scale)
    {
        var (children, rate) = Table.GetValueOrDefault(dfeCode, (60, 70));
        var stock = children * rate * (LondonTotal / LondonRawTotal) * scale;
        return Math.Max(stock, 2.0 * Math.Min(1.0, scale));
    }

    /// <summary>Relative share of UASC among the LA's entries: Croydon hosts the Home Office's intake unit.</summary>
    public static double UascWeight(string dfeCode) => dfeCode switch
    {
        "306" => 2.6,
        "201" => 4.0,
        "213" or "207" or "312" => 1.5,
        _ => 1.0,
    };
}
