using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Ssda903;

/// <summary>
/// One LA's SSDA903 return for one collection year, in memory: the header and episode rows (which error injection may
/// alter), the children they came from, and the period it covers.
/// </summary>
internal sealed class Ssda903Return
{
    public required string LaCode { get; init; }
    public required int Year { get; init; }
    public DateOnly PeriodStart => new(Year - 1, 4, 1);
    public DateOnly PeriodEnd => new(Year, 3, 31);

    /// <summary>Children looked after at any time in the period, in header order.</summary>
    public required IReadOnlyList<SyntheticChild> Children { get; init; }

    /// <summary>Care leavers whose 17th to 21st birthday falls in the period (OC3).</summary>
    public required IReadOnlyList<SyntheticChild> CareLeavers { get; init; }

    public required List<HeaderRow> Header { get; init; }
    public required List<EpisodeRow> Episodes { get; init; }

    /// <summary>Children taken out of the header by error injection: left out of every table but episodes.</summary>
    public HashSet<string> LeftOutOfHeader { get; } = [];
}
