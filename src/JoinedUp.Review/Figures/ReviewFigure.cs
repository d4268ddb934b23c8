namespace JoinedUp.Review.Figures;

/// <summary>
/// A figure JoinedUp filled in as evidence: what it measures, the text shown (already protected), the date the data
/// describe, where it came from and how it was protected. The true counts behind a protected figure are never stored.
/// </summary>
public sealed record ReviewFigure(string Measure, string Shown, string AsOf, string Source, string Protection, string CapturedAt);
