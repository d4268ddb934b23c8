namespace JoinedUp.Analytics.Tables;

public enum ChartKind { Bar, Line }

/// <summary>One bar or point of a chart; Value is null where the figure is withheld (Text then says "c").</summary>
public sealed record ChartPoint(string Label, double? Value, string Text);

/// <summary>A chart of one series, described in words for people who cannot see it.</summary>
public sealed record Chart(string Title, string Description, string ValueLabel, ChartKind Kind, IReadOnlyList<ChartPoint> Points);
