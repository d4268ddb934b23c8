namespace JoinedUp.Forecast.Model;

/// <summary>
/// Daily rates of the stock-and-flow model: entries into each state (children a day), and per child per
/// day the exit rate, the rates of moving to another state (placement category), and of ageing into the
/// next band. Transitions are indexed from * states + to; ageing goes to <see cref="AgeingTarget"/>.
/// </summary>
public sealed class FlowRates
{
    public FlowRates(double[] entriesPerDay, double[] exitRate, double[] transitionRate, double[] ageingRate, int[] ageingTarget)
    {
        var n = entriesPerDay.Length;
        if (exitRate.Length != n || ageingRate.Length != n || ageingTarget.Length != n || transitionRate.Length != n * n)
            throw new ArgumentException("Rate arrays must all be for the same number of states.");
        EntriesPerDay = entriesPerDay;
        ExitRate = exitRate;
        TransitionRate = transitionRate;
        AgeingRate = ageingRate;
        AgeingTarget = ageingTarget;
    }

    public int States => EntriesPerDay.Length;

    public double[] EntriesPerDay { get; }

    public double[] ExitRate { get; }

    public double[] TransitionRate { get; }

    public double[] AgeingRate { get; }

    /// <summary>The state a child ages into (the same category, next band), or -1 for none (top band).</summary>
    public int[] AgeingTarget { get; }

    /// <summary>Rates from counts; states seen too little (under <paramref name="minimumExposureDays"/> child-days)
    /// borrow the exit and transition rates of their category across all bands, and age at 1 / band width.</summary>
    public static FlowRates Estimate(FlowCounts counts, StateSpace space, double minimumExposureDays = 30)
    {
        var n = space.Count;
        var categories = space.Categories.Count;
        var entries = new double[n];
        var exits = new double[n];
        var transitions = new double[n * n];
        var ageing = new double[n];
        var target = new int[n];
        var days = Math.Max(1, counts.WindowDays);

        // Category-pooled rates for sparse states.
        var pooledExposure = new double[categories];
        var pooledExits = new double[categories];
        var pooledMoves = new double[categories * categories];
        for (var s = 0; s < n; s++)
        {
            var c = space.CategoryOfState(s);
            pooledExposure[c] += counts.Exposure[s];
            pooledExits[c] += counts.Exits[s];
            for (var t = 0; t < n; t++)
                pooledMoves[c * categories + space.CategoryOfState(t)] += counts.Transitions[s * n + t];
        }

        for (var s = 0; s < n; s++)
        {
            var band = space.BandOfState(s);
            var c = space.CategoryOfState(s);
            entries[s] = counts.Entries[s] / days;
            target[s] = band + 1 < space.Bands.Count ? space.StateOf(band + 1, c) : -1;
            var exposure = counts.Exposure[s];
            if (exposure >= minimumExposureDays)
            {
                exits[s] = counts.Exits[s] / exposure;
                for (var t = 0; t < n; t++) transitions[s * n + t] = counts.Transitions[s * n + t] / exposure;
                ageing[s] = target[s] < 0 ? 0 : counts.Ageing[s] / exposure;
            }
            else
            {
                if (pooledExposure[c] > 0)
                {
                    exits[s] = pooledExits[c] / pooledExposure[c];
                    for (var c2 = 0; c2 < categories; c2++)
                        if (c2 != c) transitions[s * n + space.StateOf(band, c2)] = pooledMoves[c * categories + c2] / pooledExposure[c];
                }
                ageing[s] = target[s] < 0 ? 0 : 1.0 / space.BandWidthDays(band)!.Value;
            }
        }
        return new FlowRates(entries, exits, transitions, ageing, target);
    }

    public FlowRates Copy() => new(
        (double[])EntriesPerDay.Clone(), (double[])ExitRate.Clone(), (double[])TransitionRate.Clone(),
        (double[])AgeingRate.Clone(), (int[])AgeingTarget.Clone());
}
