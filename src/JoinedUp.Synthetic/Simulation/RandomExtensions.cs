namespace JoinedUp.Synthetic.Simulation;

/// <summary>Draws the simulation needs from System.Random.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    /// <summary>A uniform whole number of days between min and max inclusive.</summary>
    public static int Days(this Random rng, int min, int max) => rng.Next(min, max + 1);

    /// <summary>An exponential waiting time with the given mean.</summary>
    public static double Exponential(this Random rng, double mean) => -mean * Math.Log(1.0 - rng.NextDouble());

    /// <summary>A count with the given mean: whole part plus one more with probability of the fraction.</summary>
    public static int RoundStochastic(this Random rng, double value)
    {
        var whole = Math.Floor(value);
        return (int)whole + (rng.NextDouble() < value - whole ? 1 : 0);
    }

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>A value chosen in proportion to its weight.</summary>
    public static T Weighted<T>(this Random rng, IReadOnlyList<(T Value, double Weight)> choices)
    {
        double total = 0;
        foreach (var choice in choices) total += choice.Weight;
        var roll = rng.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0) return value;
        }
        return choices[^1].Value;
    }
}
