using System.Globalization;

namespace JoinedUp.Web.Charts;

/// <summary>
/// A value axis from zero with round ticks ("nice numbers", Heckbert 1990): the step is 1, 2, 2.5 or 5 times a power of
/// ten, chosen so that the axis has at most <c>maxTicks</c> ticks and reaches the largest value. 8,378 children give
/// 0, 2,000, 4,000 ... 10,000, not 0, 2,792, 5,585, 8,378; a share of 2.9% gives 0, 0.5 ... 3.
/// </summary>
public sealed record NiceScale(double Step, int Intervals)
{
    private static readonly double[] Fractions = [1, 2, 2.5, 5, 10];

    /// <summary>The top of the axis: the last tick, at or above the largest value.</summary>
    public double Max => Step * Intervals;

    /// <summary>The tick values from 0 to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks => Enumerable.Range(0, Intervals + 1).Select(i => Math.Round(i * Step, Decimals + 1)).ToList();

    /// <summary>Decimal places a tick label needs (0 for steps of 1 and more, 1 for 0.5 or 2.5 of a tenth ...).</summary>
    public int Decimals
    {
        get
        {
            for (var d = 0; d < 6; d++)
                if (Math.Abs(Step * Math.Pow(10, d) - Math.Round(Step * Math.Pow(10, d))) < 1e-9) return d;
            return 6;
        }
    }

    /// <summary>A tick's label: the number with thousands separators and the decimals the step needs.</summary>
    public string Label(double tick) => tick.ToString("N" + Decimals, CultureInfo.InvariantCulture);

    /// <summary>The scale for values from 0 to <paramref name="max"/> (1 when there is nothing above 0), with at most <paramref name="maxTicks"/> ticks.</summary>
    public static NiceScale For(double max, int maxTicks = 6, bool whole = false)
    {
        if (maxTicks < 2) throw new ArgumentOutOfRangeException(nameof(maxTicks), "An axis needs at least 2 ticks.");
        if (double.IsNaN(max) || double.IsInfinity(max) || max <= 0) max = 1;
        var rough = max / (maxTicks - 1);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        // Counts of children get whole steps only (1, 2, 5, 10, 20, 25 ...), never 2.5 of a child.
        var candidates = Fractions.Select(f => f * power).Concat(Fractions.Select(f => f * power * 10))
            .Where(s => !whole || (s >= 1 && Math.Abs(s - Math.Round(s)) < 1e-9)).DefaultIfEmpty(1).ToList();
        var step = candidates.FirstOrDefault(s => s >= rough * (1 - 1e-12), candidates[^1]);
        var intervals = (int)Math.Ceiling(max / step - 1e-9);
        while (intervals + 1 > maxTicks)
        {
            step = candidates.Concat(candidates.Select(s => s * 10)).First(s => s > step);
            intervals = (int)Math.Ceiling(max / step - 1e-9);
        }
        return new NiceScale(step, Math.Max(1, intervals));
    }
}
