namespace JoinedUp.Analytics.EarlyWarning;

/// <summary>
/// The early warning's rules, each one a plain condition an LA can switch on or off and tune: a child is listed for a
/// DSR review when they pass every gate (age, not on the register, not already in residential or inpatient care) and
/// meet at least <see cref="MinimumSignals"/> of the signals switched on. There is no score: the list says which
/// conditions each child meets.
/// </summary>
public sealed record EarlyWarningSettings
{
    /// <summary>Youngest age (whole years on the day) considered.</summary>
    public int AgeFrom { get; init; } = 10;

    /// <summary>Oldest age considered.</summary>
    public int AgeTo { get; init; } = 15;

    /// <summary>Children already on the Dynamic Support Register are not listed (they are reviewed there).</summary>
    public bool OnlyChildrenNotOnRegister { get; init; } = true;

    /// <summary>Signal: an EHC plan in force whose needs include one of these SEN types.</summary>
    public IReadOnlySet<string> EhcPlanNeeds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "ASD", "SEMH" };

    public bool UseEhcPlanNeeds { get; init; } = true;

    /// <summary>Signal: a suspension or permanent exclusion within <see cref="RecentMonths"/>.</summary>
    public bool UseRecentExclusion { get; init; } = true;

    /// <summary>Signal: a move of school within <see cref="RecentMonths"/>, other than the move to secondary school at 11.</summary>
    public bool UseRecentSchoolMove { get; init; } = true;

    /// <summary>Signal: a term of persistent absence (10% or more of sessions) within <see cref="RecentMonths"/>.</summary>
    public bool UsePersistentAbsence { get; init; } = true;

    /// <summary>Signal: a child in need plan open on the day.</summary>
    public bool UseOpenCinPlan { get; init; } = true;

    /// <summary>Signal: a child protection plan open on the day.</summary>
    public bool UseOpenCpPlan { get; init; } = true;

    /// <summary>How far back "recent" reaches.</summary>
    public int RecentMonths { get; init; } = 12;

    /// <summary>How many of the signals switched on a child must meet to be listed.</summary>
    public int MinimumSignals { get; init; } = 2;

    /// <summary>For the backtest: how long after a date an entry into residential or inpatient care counts as following it.</summary>
    public int OutcomeWithinMonths { get; init; } = 24;

    public static EarlyWarningSettings Default { get; } = new();

    /// <summary>The rules in words, as shown beside the list and the backtest.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string> { $"Gate: aged {AgeFrom} to {AgeTo} on the day", "Gate: not in residential or inpatient care on the day" };
        if (OnlyChildrenNotOnRegister) lines.Add("Gate: not on the Dynamic Support Register");
        if (UseEhcPlanNeeds) lines.Add($"Signal: an EHC plan in force for {string.Join(" or ", EhcPlanNeeds.Order(StringComparer.Ordinal))}");
        if (UseRecentExclusion) lines.Add($"Signal: suspended or excluded from school in the last {RecentMonths} months");
        if (UseRecentSchoolMove) lines.Add($"Signal: moved school in the last {RecentMonths} months (other than the transfer at 11)");
        if (UsePersistentAbsence) lines.Add($"Signal: persistently absent (10% or more of sessions) in a term of the last {RecentMonths} months");
        if (UseOpenCinPlan) lines.Add("Signal: a child in need plan open");
        if (UseOpenCpPlan) lines.Add("Signal: a child protection plan open");
        lines.Add($"Listed when at least {MinimumSignals} signal{(MinimumSignals == 1 ? "" : "s")} are met");
        return lines;
    }

    /// <summary>Checks the settings; a message naming the setting and the rule, or null.</summary>
    public string? Problem()
    {
        if (AgeFrom < 0 || AgeTo > 25 || AgeFrom > AgeTo) return $"Ages {AgeFrom} to {AgeTo}: the youngest must be 0 or more, the oldest 25 or less, and the youngest no older than the oldest.";
        if (RecentMonths is < 1 or > 60) return $"Recent months {RecentMonths}: give 1 to 60.";
        if (OutcomeWithinMonths is < 1 or > 60) return $"Outcome within {OutcomeWithinMonths} months: give 1 to 60.";
        var signals = new[] { UseEhcPlanNeeds, UseRecentExclusion, UseRecentSchoolMove, UsePersistentAbsence, UseOpenCinPlan, UseOpenCpPlan }.Count(b => b);
        if (MinimumSignals < 1 || MinimumSignals > signals) return $"Minimum signals {MinimumSignals}: give 1 to {signals} (the number of signals switched on).";
        return null;
    }
}
