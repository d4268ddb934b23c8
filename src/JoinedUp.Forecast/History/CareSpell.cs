namespace JoinedUp.Forecast.History;

/// <summary>
/// A stretch of one child's time in care under one episode, after duplicates and overlaps are resolved:
/// in care from <see cref="Start"/> up to the day before <see cref="End"/> (the episode's DEC is the first
/// day out of that episode; null while open).
/// </summary>
public sealed record CareSpell(string LaCode, DateOnly Start, DateOnly? End, string? PlacementType, string? PlacementProvider)
{
    public bool Covers(DateOnly date) => Start <= date && (End is null || End > date);
}
