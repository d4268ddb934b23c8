namespace JoinedUp.Forecast.Model;

/// <summary>One child's part of the <see cref="FlowCounts"/> of a window, kept sparse so that bootstrap resampling is cheap.</summary>
public sealed class ChildFlows
{
    public List<(int State, int Days)> Exposure { get; } = [];

    public List<int> Entries { get; } = [];

    public List<int> Exits { get; } = [];

    public List<(int From, int To)> Transitions { get; } = [];

    public List<int> Ageing { get; } = [];

    public bool IsEmpty => Exposure.Count == 0 && Entries.Count == 0 && Exits.Count == 0;

    public void AddTo(FlowCounts counts)
    {
        foreach (var (state, days) in Exposure) counts.Exposure[state] += days;
        foreach (var state in Entries) counts.Entries[state]++;
        foreach (var state in Exits) counts.Exits[state]++;
        foreach (var (from, to) in Transitions) counts.Transitions[from * counts.States + to]++;
        foreach (var state in Ageing) counts.Ageing[state]++;
    }
}
