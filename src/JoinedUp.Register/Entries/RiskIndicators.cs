namespace JoinedUp.Register.Entries;

/// <summary>Codes, labels and spreadsheet spellings of <see cref="RiskIndicator"/>.</summary>
public static class RiskIndicators
{
    private static readonly (RiskIndicator Indicator, string Code, string Label, string[] Synonyms)[] Table =
    [
        (RiskIndicator.SchoolPlacementBreakdownOrExclusion, "school-breakdown", "School placement breakdown or exclusion", ["exclusion", "excluded", "school breakdown", "school placement breakdown"]),
        (RiskIndicator.PeriodsOutOfSchool, "out-of-school", "Periods out of school", ["out of school", "missing education", "not in school", "persistent absence"]),
        (RiskIndicator.AccidentAndEmergencyAttendance, "a-and-e", "A&E attendance", ["a&e", "a and e", "ae attendance", "a&e attendance", "emergency department"]),
        (RiskIndicator.SelfHarm, "self-harm", "Self-harm", ["self harm", "selfharm"]),
        (RiskIndicator.CamhsInvolvement, "camhs", "CAMHS involvement", ["camhs involvement", "known to camhs"]),
        (RiskIndicator.FamilyAtRiskOfNotCoping, "family-not-coping", "Family at risk of being unable to continue caring", ["family breakdown", "family at risk", "carer breakdown", "family unable to care"]),
        (RiskIndicator.PlacementBreakdown, "placement-breakdown", "Placement breakdown", ["placement breakdown", "placement ended"]),
        (RiskIndicator.ExploitationOrPoliceContact, "exploitation-police", "Exploitation or police contact", ["exploitation", "police contact", "police", "cse", "cce", "youth justice"]),
        (RiskIndicator.InpatientAdmission, "inpatient-admission", "Inpatient admission", ["inpatient", "admission", "tier 4", "admitted"]),
        (RiskIndicator.AwaitingDiagnosis, "awaiting-diagnosis", "Awaiting diagnosis", ["awaiting assessment", "on diagnostic pathway", "diagnosis pending"]),
    ];

    public static IReadOnlyList<RiskIndicator> All { get; } = Table.Select(t => t.Indicator).ToList();

    public static string Code(this RiskIndicator indicator) => Table.Single(t => t.Indicator == indicator).Code;

    public static string Label(this RiskIndicator indicator) => Table.Single(t => t.Indicator == indicator).Label;

    public static RiskIndicator FromCode(string code) => Table.Single(t => t.Code == code).Indicator;

    /// <summary>Reads a code, a label or a common spelling, ignoring case, spaces and punctuation.</summary>
    public static bool TryParse(string text, out RiskIndicator indicator)
    {
        var key = Spelling.Key(text);
        foreach (var t in Table)
        {
            if (Spelling.Key(t.Code) == key || Spelling.Key(t.Label) == key || t.Synonyms.Any(s => Spelling.Key(s) == key))
            {
                indicator = t.Indicator;
                return true;
            }
        }
        indicator = default;
        return false;
    }

    /// <summary>Stored form: "|code|code|" so that one indicator can be filtered with LIKE on both engines.</summary>
    public static string Store(IEnumerable<RiskIndicator> indicators)
    {
        var codes = indicators.Distinct().Order().Select(i => i.Code()).ToList();
        return codes.Count == 0 ? "" : "|" + string.Join("|", codes) + "|";
    }

    public static IReadOnlyList<RiskIndicator> Read(string stored) =>
        stored.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(FromCode).Order().ToList();
}
