namespace JoinedUp.Forecast.Spend;

/// <summary>Spend trends per LA and line, and spend per child against statistical neighbours.</summary>
public static class SpendTrendAnalysis
{
    /// <summary>Trends for every LA and line in the table, projected <paramref name="projectYears"/> beyond each series' last year.</summary>
    public static IReadOnlyList<SpendTrend> Trends(IEnumerable<SpendLine> table, int projectYears = 5)
    {
        var trends = new List<SpendTrend>();
        foreach (var group in table.GroupBy(l => (l.LaCode, l.Line)).OrderBy(g => g.Key.LaCode, StringComparer.Ordinal).ThenBy(g => g.Key.Line, StringComparer.Ordinal))
        {
            // Duplicate rows for a year are summed (sub-lines of one line).
            var series = group.GroupBy(l => l.Year).OrderBy(g => g.Key)
                .Select(g => new SpendLine(group.Key.LaCode, g.Key, group.Key.Line, g.Sum(l => l.Amount))).ToList();
            trends.Add(Trend(series, projectYears));
        }
        return trends;
    }

    public static SpendTrend Trend(IReadOnlyList<SpendLine> series, int projectYears)
    {
        var growth = new List<YearGrowth>();
        for (var i = 1; i < series.Count; i++)
        {
            var previous = series[i - 1];
            double? percent = previous.Amount != 0 && series[i].Year == previous.Year + 1
                ? (series[i].Amount - previous.Amount) / Math.Abs(previous.Amount) * 100
                : null;
            growth.Add(new YearGrowth(series[i].Year, percent));
        }
        var first = series[0];
        var last = series[^1];
        double? average = series.Count > 1 && first.Amount > 0 && last.Amount > 0
            ? (Math.Pow(last.Amount / first.Amount, 1.0 / (last.Year - first.Year)) - 1) * 100
            : null;

        var xs = series.Select(s => (double)s.Year).ToArray();
        var (slope, intercept) = LeastSquares(xs, series.Select(s => s.Amount).ToArray());
        double? logSlope = null, logIntercept = null;
        if (series.All(s => s.Amount > 0))
        {
            var (ls, li) = LeastSquares(xs, series.Select(s => Math.Log(s.Amount)).ToArray());
            (logSlope, logIntercept) = (ls, li);
        }
        var projection = new List<SpendProjection>();
        for (var year = last.Year + 1; year <= last.Year + projectYears; year++)
            projection.Add(new SpendProjection(year, intercept + slope * year, logSlope is { } b ? Math.Exp(logIntercept!.Value + b * year) : null));
        return new SpendTrend(first.LaCode, first.Line, series, growth, average, slope,
            logSlope is { } g ? (Math.Exp(g) - 1) * 100 : null, projection);
    }

    /// <summary>Least-squares line y = intercept + slope x; with one point, a flat line through it.</summary>
    private static (double Slope, double Intercept) LeastSquares(double[] x, double[] y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++) { sxx += (x[i] - meanX) * (x[i] - meanX); sxy += (x[i] - meanX) * (y[i] - meanY); }
        var slope = sxx == 0 ? 0 : sxy / sxx;
        return (slope, meanY - slope * meanX);
    }

    /// <summary>
    /// Spend per child on <paramref name="line"/> in <paramref name="year"/> for each LA with spend and a child count,
    /// compared with its group: itself and the LAs <paramref name="neighbours"/> lists for it (an LA with no entry is
    /// compared with every LA). Flagged when more than <paramref name="iqrThreshold"/> interquartile ranges from the group median.
    /// </summary>
    public static IReadOnlyList<SpendPerChildFlag> FlagSpendPerChild(
        IEnumerable<SpendLine> table, string line, int year, IReadOnlyDictionary<string, double> childrenByLa,
        IReadOnlyDictionary<string, IReadOnlyList<string>> neighbours, double iqrThreshold = 1.5)
    {
        var perChild = table
            .Where(l => l.Line == line && l.Year == year)
            .GroupBy(l => l.LaCode)
            .Where(g => childrenByLa.TryGetValue(g.Key, out var n) && n > 0)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount) / childrenByLa[g.Key], StringComparer.Ordinal);
        var flags = new List<SpendPerChildFlag>();
        foreach (var (la, value) in perChild.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var group = neighbours.TryGetValue(la, out var list)
                ? list.Append(la).Distinct().Where(perChild.ContainsKey).Select(n => perChild[n]).ToList()
                : perChild.Values.ToList();
            group.Sort();
            var median = Quantile(group, 0.5);
            var iqr = Quantile(group, 0.75) - Quantile(group, 0.25);
            var distance = value - median;
            var flagged = group.Count >= 3 && Math.Abs(distance) > iqrThreshold * iqr && distance != 0;
            flags.Add(new SpendPerChildFlag(la, line, year, value, median, iqr, group.Count, flagged,
                !flagged ? "" : distance > 0 ? "above neighbours" : "below neighbours"));
        }
        return flags;
    }

    private static double Quantile(List<double> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
