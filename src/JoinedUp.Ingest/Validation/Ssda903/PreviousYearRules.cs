namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// What the previous-year rules of a submission did: which of the LA's returns they compared with
/// (<see cref="PreviousReturn.Source"/>), or that none was held so they did not run. Goes in the reader's result and
/// the LA's report.
/// </summary>
/// <param name="ComparedWith">The previous return in words, or null when none was held.</param>
/// <param name="FromStore">True when the previous return was the store's degraded copy.</param>
/// <param name="Codes">The year's rules that compare with the previous year's return.</param>
public sealed record PreviousYearRules(string? ComparedWith, bool FromStore, IReadOnlyList<string> Codes)
{
    public static PreviousYearRules Of(PreviousReturn? previous, IReadOnlyList<Ssda903Rule> rules)
    {
        var codes = new List<string>();
        foreach (var rule in rules)
            if (rule.NeedsPreviousReturn && rule.NeedsData is null) codes.Add(rule.Code);
        return new PreviousYearRules(previous?.Source, previous?.FromStore ?? false, codes);
    }

    /// <summary>True when the previous year's return was held and the previous-year rules ran against it.</summary>
    public bool Ran => ComparedWith is not null;

    /// <summary>One sentence for the report.</summary>
    public string Summary
    {
        get
        {
            var rules = Codes.Count == 0 ? "" : $" ({string.Join(", ", Codes)})";
            if (Codes.Count == 0) return "No rule of this year compares with the previous year's return, so none was read.";
            if (Ran)
                return $"The previous-year rules{rules} compared with {ComparedWith}"
                    + (FromStore ? " (the region's copy: dates of birth to the month, postcodes to the district, no UPN)." : ".");
            return $"No previous year's return was held, so the previous-year rules{rules} did not run.";
        }
    }
}
