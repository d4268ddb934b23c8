using JoinedUp.Domain.Geography;

namespace JoinedUp.Synthetic;

/// <summary>What to generate: which region's LAs, which collection years, from which seed, at what volume.</summary>
public sealed class SyntheticRegionOptions
{
    public Region Region { get; init; } = Regions.London;

    /// <summary>First collection year (the year in which its 1 April to 31 March period ends).</summary>
    public int FirstYear { get; init; } = 2019;

    /// <summary>Last collection year, inclusive.</summary>
    public int LastYear { get; init; } = 2024;

    /// <summary>Seed for System.Random: the same options give byte-identical files.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Multiplier on volumes: 1.0 gives about 10,000 children looked after in London at any time.</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>Whether to plant the documented rule-level errors (see <see cref="InjectedErrors.InjectedErrorRates"/>).</summary>
    public bool InjectErrors { get; init; } = true;

    /// <summary>Whether to write placements_snapshot.csv (children in high-cost placements on 31 March) beside each SSDA903 return.</summary>
    public bool WritePlacementsSnapshot { get; init; } = true;

    /// <summary>Largest number of LAs generated at once (each LA has its own random stream, so output does not depend on it).</summary>
    /// <summary>Also write the CIN census (2022 on) and SEN2 XML for the same children.</summary>
    public bool WriteCinCensusAndSen2 { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (LastYear < FirstYear) throw new ArgumentException($"LastYear {LastYear} is before FirstYear {FirstYear}.");
        if (FirstYear < 2000 || LastYear > 2100) throw new ArgumentException("Collection years must be between 2000 and 2100.");
        if (!(Scale > 0) || Scale > 1000) throw new ArgumentException($"Scale must be above 0 and at most 1000, not {Scale}.");
        if (Region.Members.Count == 0) throw new ArgumentException($"Region '{Region.Name}' has no local authorities.");
    }
}
