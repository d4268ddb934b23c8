namespace JoinedUp.Disclosure;

/// <summary>
/// The published perturbation table of the cell key method (ONS Census 2021, ABS TableBuilder), as JoinedUp uses it
/// (parameters and reasons: docs/decisions/0005-cell-key-disclosure-control.md). A cell's published value depends only
/// on its true count and its cell key, so the same cell always shows the same value and two views that differ by a
/// few children differ by those children plus noise.
/// <list type="bullet">
/// <item>0 stays 0.</item>
/// <item>1 to 4 are never shown as themselves: a count n is shown as 5 for the lowest n/5 of cell keys and as 0
/// otherwise, so on average it is shown as itself.</item>
/// <item>5 and over: n + d, with d from -3 to +3 chosen by the cell key (d = 0 for 30% of keys, +/-1 for 20% each,
/// +/-2 for 10% each, +/-3 for 5% each); where n + d would fall below 5 it is n - d instead, so nothing from 1 to 4
/// is ever shown.</item>
/// </list>
/// </summary>
public static class PerturbationTable
{
    /// <summary>Record keys and cell keys run from 0 to KeyRange - 1.</summary>
    public const int KeyRange = 256;

    /// <summary>The smallest non-zero value ever shown; true counts below it are shown as 0 or as this.</summary>
    public const int SmallestShown = 5;

    /// <summary>The largest change made to a count of <see cref="SmallestShown"/> or more.</summary>
    public const int MaxNoise = 3;

    /// <summary>Probability of each change d = -3 .. +3 for counts of 5 and over.</summary>
    public static IReadOnlyList<double> NoiseProbabilities { get; } = [0.05, 0.10, 0.20, 0.30, 0.20, 0.10, 0.05];

    /// <summary>The upper cell key (exclusive) of each change d = -3 .. +3: cumulative probability x 256, rounded.</summary>
    private static readonly int[] NoiseKeyLimits = Limits();

    private static int[] Limits()
    {
        var limits = new int[NoiseProbabilities.Count];
        var cumulative = 0.0;
        for (var i = 0; i < limits.Length; i++)
        {
            cumulative += NoiseProbabilities[i];
            limits[i] = (int)Math.Round(cumulative * KeyRange);
        }
        limits[^1] = KeyRange;
        return limits;
    }

    /// <summary>The value published for a true count with the given cell key.</summary>
    public static long Publish(long count, int cellKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (cellKey is < 0 or >= KeyRange) throw new ArgumentOutOfRangeException(nameof(cellKey));
        if (count == 0) return 0;
        if (count < SmallestShown) return cellKey < (int)Math.Round((double)count * KeyRange / SmallestShown) ? SmallestShown : 0;
        var change = Change(cellKey);
        return count + change >= SmallestShown ? count + change : count - change;
    }

    /// <summary>The change d (-3 .. +3) that a cell key selects for counts of 5 and over.</summary>
    public static int Change(int cellKey)
    {
        for (var i = 0; i < NoiseKeyLimits.Length; i++)
            if (cellKey < NoiseKeyLimits[i]) return i - MaxNoise;
        return MaxNoise;
    }

    /// <summary>For a true count, the share of cell keys giving each published value (the row of the table as published in the decision record).</summary>
    public static IReadOnlyDictionary<long, double> Row(long count)
    {
        var row = new SortedDictionary<long, double>();
        for (var key = 0; key < KeyRange; key++)
        {
            var shown = Publish(count, key);
            row[shown] = row.GetValueOrDefault(shown) + 1.0 / KeyRange;
        }
        return row;
    }
}
