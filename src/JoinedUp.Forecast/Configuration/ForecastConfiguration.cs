namespace JoinedUp.Forecast.Configuration;

/// <summary>
/// What the stock-and-flow model is made of: age bands, placement categories (and which SSDA903 PLACE
/// codes fall in each), unit costs, and how much history the rates are estimated from.
/// Start from <see cref="Default"/> and change what you need with a <c>with</c>-style copy; call
/// <see cref="Validate"/> before use (the model does).
/// </summary>
public sealed class ForecastConfiguration
{
    public const string SocialCare = "social care";
    public const string Education = "education";
    public const string Health = "health";

    public required IReadOnlyList<AgeBand> AgeBands { get; init; }

    /// <summary>Placement categories in display order.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Category to the PLACE codes it holds. A code may be in one category only.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> PlacementCodes { get; init; }

    /// <summary>The category of episodes whose PLACE code is missing or in no category.</summary>
    public string UnmappedCategory { get; init; } = "other";

    /// <summary>The age band of children whose birth month is unknown; they stay in it (no ageing).</summary>
    public required string BandForUnknownAge { get; init; }

    /// <summary>Unit costs, one per category.</summary>
    public required IReadOnlyList<PlacementCost> Costs { get; init; }

    /// <summary>Years of history before the forecast start that rates are estimated from, when no window is given.</summary>
    public int ReferenceYears { get; init; } = 2;

    /// <summary>Month and day on which a collection (financial) year starts; backtest years start here.</summary>
    public int YearStartMonth { get; init; } = 4;

    /// <summary>
    /// The defaults: five age bands, five categories, and London's average weekly placement rates for
    /// 2017-18 (seed 004) blended by an assumed share of each kind of placement. See README.md.
    /// </summary>
    public static ForecastConfiguration Default() => new()
    {
        AgeBands =
        [
            new AgeBand("0-1", 0, 1),
            new AgeBand("1-5", 1, 5),
            new AgeBand("5-10", 5, 10),
            new AgeBand("10-16", 10, 16),
            new AgeBand("16-18+", 16, null),
        ],
        Categories = ["fostering", "residential", "supported", "secure", "other"],
        PlacementCodes = new Dictionary<string, IReadOnlyList<string>>
        {
            ["fostering"] = ["U1", "U2", "U3", "U4", "U5", "U6"],
            ["residential"] = ["K2", "R1", "S1"],
            ["supported"] = ["H5", "P2", "P4"],
            ["secure"] = ["K1", "R5"],
            ["other"] = ["A3", "A4", "A5", "A6", "P1", "P3", "R2", "R3", "T0", "T1", "T2", "T3", "T4", "Z1"],
        },
        BandForUnknownAge = "10-16",
        Costs =
        [
            new PlacementCost
            {
                Category = "fostering",
                Components = [new CostComponent("in-house fostering", 431, 0.6), new CostComponent("external fostering", 871, 0.4)],
            },
            new PlacementCost
            {
                Category = "residential",
                Components = [new CostComponent("internal residential", 2575, 0.25), new CostComponent("external residential", 3316, 0.75)],
                AgencyShares = new Dictionary<string, double> { [SocialCare] = 0.8, [Education] = 0.15, [Health] = 0.05 },
            },
            new PlacementCost
            {
                Category = "supported",
                Components = [new CostComponent("semi-independent living", 856, 1.0)],
            },
            new PlacementCost
            {
                Category = "secure",
                Components = [new CostComponent("secure welfare", 5468, 0.5), new CostComponent("secure remand", 2060, 0.5)],
            },
            new PlacementCost
            {
                Category = "other",
                Components = [new CostComponent("other (placed with parents, for adoption, temporary)", 431, 1.0)],
            },
        ],
    };

    /// <summary>A copy with the given unit costs (for instance the region's actual costs from the placements snapshot).</summary>
    public ForecastConfiguration WithCosts(IReadOnlyList<PlacementCost> costs) => Copy(costs: costs);

    /// <summary>A copy with the given age bands and the band for children of unknown age.</summary>
    public ForecastConfiguration WithAgeBands(IReadOnlyList<AgeBand> bands, string bandForUnknownAge) =>
        Copy(bands: bands, unknownBand: bandForUnknownAge);

    /// <summary>A copy with the given categories and their PLACE codes.</summary>
    public ForecastConfiguration WithCategories(IReadOnlyList<string> categories, IReadOnlyDictionary<string, IReadOnlyList<string>> codes, string unmappedCategory) =>
        Copy(categories: categories, codes: codes, unmapped: unmappedCategory);

    private ForecastConfiguration Copy(
        IReadOnlyList<AgeBand>? bands = null, string? unknownBand = null, IReadOnlyList<string>? categories = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? codes = null, string? unmapped = null, IReadOnlyList<PlacementCost>? costs = null) => new()
        {
            AgeBands = bands ?? AgeBands,
            BandForUnknownAge = unknownBand ?? BandForUnknownAge,
            Categories = categories ?? Categories,
            PlacementCodes = codes ?? PlacementCodes,
            UnmappedCategory = unmapped ?? UnmappedCategory,
            Costs = costs ?? Costs,
            ReferenceYears = ReferenceYears,
            YearStartMonth = YearStartMonth,
        };

    /// <summary>Throws <see cref="ForecastConfigurationException"/> listing every problem, or returns this.</summary>
    public ForecastConfiguration Validate()
    {
        var problems = new List<string>();
        ValidateAgeBands(problems);
        ValidateCategories(problems);
        ValidateCosts(problems);
        if (ReferenceYears < 1) problems.Add($"The reference period must be at least one year, not {ReferenceYears}.");
        if (YearStartMonth is < 1 or > 12) problems.Add($"The year start month must be 1 to 12, not {YearStartMonth}.");
        if (problems.Count > 0) throw new ForecastConfigurationException(problems);
        return this;
    }

    private void ValidateAgeBands(List<string> problems)
    {
        if (AgeBands.Count == 0) { problems.Add("At least one age band is needed."); return; }
        foreach (var name in AgeBands.GroupBy(b => b.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"Age band '{name}' is defined more than once.");
        foreach (var band in AgeBands)
        {
            if (band.FromYears < 0) problems.Add($"Age band '{band.Name}' starts below age 0.");
            if (band.ToYears is { } to && to <= band.FromYears)
                problems.Add($"Age band '{band.Name}' ends (age {to}) at or before it starts (age {band.FromYears}).");
        }
        var ordered = AgeBands.OrderBy(b => b.FromYears).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var (a, b) = (ordered[i], ordered[j]);
                if (a.ToYears is null || a.ToYears > b.FromYears)
                    problems.Add($"Age bands '{a.Name}' ({Describe(a)}) and '{b.Name}' ({Describe(b)}) overlap.");
            }
        }
        if (ordered[0].FromYears != 0) problems.Add($"Age bands must start at age 0; the youngest, '{ordered[0].Name}', starts at {ordered[0].FromYears}.");
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (ordered[i].ToYears is { } to && to < ordered[i + 1].FromYears)
                problems.Add($"Age bands leave ages {to} to {ordered[i + 1].FromYears} in no band (between '{ordered[i].Name}' and '{ordered[i + 1].Name}').");
        }
        if (!AgeBands.Any(b => b.Name == BandForUnknownAge))
            problems.Add($"The band for children of unknown age, '{BandForUnknownAge}', is not one of the age bands.");
    }

    private static string Describe(AgeBand band) => band.ToYears is { } to ? $"ages {band.FromYears} to under {to}" : $"ages {band.FromYears} and over";

    private void ValidateCategories(List<string> problems)
    {
        if (Categories.Count == 0) { problems.Add("At least one placement category is needed."); return; }
        foreach (var name in Categories.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"Placement category '{name}' is listed more than once.");
        if (!Categories.Contains(UnmappedCategory))
            problems.Add($"The category for unmapped placement codes, '{UnmappedCategory}', is not one of the categories.");
        var categoryOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, codes) in PlacementCodes)
        {
            if (!Categories.Contains(category))
                problems.Add($"Placement codes are mapped to '{category}', which is not one of the categories ({string.Join(", ", Categories)}).");
            foreach (var code in codes)
            {
                if (categoryOf.TryGetValue(code, out var earlier))
                {
                    problems.Add(earlier == category
                        ? $"Placement code {code} is listed twice in category '{category}'."
                        : $"Placement code {code} is in two categories: '{earlier}' and '{category}'.");
                }
                else
                {
                    categoryOf[code] = category;
                }
            }
        }
    }

    private void ValidateCosts(List<string> problems)
    {
        foreach (var category in Categories.Where(c => !Costs.Any(cost => cost.Category == c)))
            problems.Add($"No unit cost is given for placement category '{category}'.");
        foreach (var cost in Costs)
        {
            if (!Categories.Contains(cost.Category))
                problems.Add($"A unit cost is given for '{cost.Category}', which is not one of the categories.");
            if (cost.Components.Count == 0) problems.Add($"The unit cost of '{cost.Category}' has no kinds of placement.");
            foreach (var component in cost.Components)
            {
                if (component.WeeklyCost < 0 || !double.IsFinite(component.WeeklyCost))
                    problems.Add($"The weekly cost of '{component.Kind}' in '{cost.Category}' is {component.WeeklyCost}; unit costs cannot be negative.");
                if (component.Share < 0 || !double.IsFinite(component.Share))
                    problems.Add($"The share of '{component.Kind}' in '{cost.Category}' is {component.Share}; shares cannot be negative.");
            }
            if (cost.Components.Count > 0 && cost.Components.Sum(c => c.Share) <= 0)
                problems.Add($"The shares of the kinds of placement in '{cost.Category}' add up to nothing.");
            if (cost.AgencyShares.Count > 0)
            {
                foreach (var (agency, share) in cost.AgencyShares.Where(a => a.Value < 0))
                    problems.Add($"The {agency} share of '{cost.Category}' is {share}; shares cannot be negative.");
                var total = cost.AgencyShares.Values.Sum();
                if (Math.Abs(total - 1) > 1e-6)
                    problems.Add($"The agency shares of '{cost.Category}' add up to {total:0.###}, not 1.");
            }
        }
    }
}
