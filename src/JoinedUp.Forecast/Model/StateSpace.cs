using JoinedUp.Forecast.Configuration;

namespace JoinedUp.Forecast.Model;

/// <summary>
/// The model's states: age band x placement category, numbered band-major
/// (state = band * categories + category), named "band category", e.g. "10-16 fostering".
/// </summary>
public sealed class StateSpace
{
    private readonly Dictionary<string, int> _categoryOfCode;
    private readonly int _unmappedCategory;
    private readonly int _unknownAgeBand;

    public StateSpace(ForecastConfiguration configuration)
    {
        configuration.Validate();
        var bands = configuration.AgeBands.OrderBy(b => b.FromYears).ToList();
        var categories = configuration.Categories.ToList();
        Bands = bands;
        Categories = categories;
        _categoryOfCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, codes) in configuration.PlacementCodes)
            foreach (var code in codes)
                _categoryOfCode[code] = categories.IndexOf(category);
        _unmappedCategory = categories.IndexOf(configuration.UnmappedCategory);
        _unknownAgeBand = bands.FindIndex(b => b.Name == configuration.BandForUnknownAge);
        Names = [.. Bands.SelectMany(b => Categories.Select(c => b.Name + " " + c))];
        DailyCostOfCategory = [.. Categories.Select(c => configuration.Costs.First(cost => cost.Category == c).DailyCost)];
    }

    public IReadOnlyList<AgeBand> Bands { get; }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The configured daily unit cost of each category, by category index.</summary>
    public IReadOnlyList<double> DailyCostOfCategory { get; }

    public int Count => Bands.Count * Categories.Count;

    public int StateOf(int band, int category) => band * Categories.Count + category;

    public int BandOfState(int state) => state / Categories.Count;

    public int CategoryOfState(int state) => state % Categories.Count;

    public int IndexOfState(string name)
    {
        var index = Names.ToList().IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"There is no state '{name}'; states are: {string.Join(", ", Names)}.");
    }

    public int IndexOfCategory(string category)
    {
        var index = Categories.ToList().IndexOf(category);
        return index >= 0 ? index : throw new ArgumentException($"There is no placement category '{category}'; categories are: {string.Join(", ", Categories)}.");
    }

    /// <summary>The category of a PLACE code; missing or unknown codes fall in the unmapped category.</summary>
    public int CategoryOf(string? placementType) =>
        placementType is not null && _categoryOfCode.TryGetValue(placementType.Trim(), out var c) ? c : _unmappedCategory;

    /// <summary>The band of a child born in <paramref name="birthMonth"/> (taken as its first day) on <paramref name="date"/>.</summary>
    public int BandOn(DateOnly? birthMonth, DateOnly date)
    {
        if (birthMonth is not { } birth) return _unknownAgeBand;
        var band = 0;
        for (var b = 1; b < Bands.Count; b++)
            if (birth.AddYears(Bands[b].FromYears) <= date) band = b;
        return band;
    }

    /// <summary>The days on which a child born in <paramref name="birthMonth"/> moves up a band (empty when unknown).</summary>
    public DateOnly[] BandChangeDates(DateOnly? birthMonth)
    {
        if (birthMonth is not { } birth) return [];
        var dates = new DateOnly[Bands.Count - 1];
        for (var b = 1; b < Bands.Count; b++) dates[b - 1] = birth.AddYears(Bands[b].FromYears);
        return dates;
    }

    /// <summary>The width of a band in days, or null for an open top band.</summary>
    public double? BandWidthDays(int band) =>
        Bands[band].ToYears is { } to ? (to - Bands[band].FromYears) * 365.25 : null;
}
