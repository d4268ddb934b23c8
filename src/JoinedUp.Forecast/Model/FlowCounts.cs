namespace JoinedUp.Forecast.Model;

/// <summary>
/// What happened in a reference window, summed over children: child-days in each state (exposure),
/// entries into care, exits from care, moves between placement categories, and moves up an age band.
/// Transitions are indexed from * states + to.
/// </summary>
public sealed class FlowCounts
{
    public FlowCounts(int states, int windowDays)
    {
        States = states;
        WindowDays = windowDays;
        Exposure = new double[states];
        Entries = new double[states];
        Exits = new double[states];
        Transitions = new double[states * states];
        Ageing = new double[states];
    }

    public int States { get; }

    public int WindowDays { get; }

    public double[] Exposure { get; }

    public double[] Entries { get; }

    public double[] Exits { get; }

    public double[] Transitions { get; }

    /// <summary>Moves from a state to the same category in the next age band.</summary>
    public double[] Ageing { get; }

    public double TotalExposure => Exposure.Sum();

    public void Add(FlowCounts other)
    {
        AddInto(Exposure, other.Exposure);
        AddInto(Entries, other.Entries);
        AddInto(Exits, other.Exits);
        AddInto(Transitions, other.Transitions);
        AddInto(Ageing, other.Ageing);
    }

    private static void AddInto(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
