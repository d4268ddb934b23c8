using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.School;

/// <summary>
/// Rules for the LA's exclusions and attendance extract (JoinedUp's codes; the code lists are the DfE school census's).
/// A value that cannot be stored (a category, reason or term not on the list, a date that is not a date, sessions that
/// are not a whole number) refuses the whole submission; the others flag the row.
/// </summary>
public static class SchoolCensusRules
{
    public static readonly RuleDefinition UpnNotValid = new("JU-SCH-01", "The UPN is missing, not a valid UPN, or a UN code: the pupil cannot be linked and the row is not loaded.", "exclusions", ["UPN"]);
    public static readonly RuleDefinition MissingValue = new("JU-SCH-02", "A value every row needs is blank.", "exclusions", []);
    public static readonly RuleDefinition CategoryNotValid = new("JU-SCH-03", "ExclusionCategory is not PERM (permanent) or SUSP/FIXD (suspension).", "exclusions", ["ExclusionCategory"]);
    public static readonly RuleDefinition ReasonNotValid = new("JU-SCH-04", "ExclusionReason is not a school census exclusion reason code.", "exclusions", ["ExclusionReason"]);
    public static readonly RuleDefinition DateNotValid = new("JU-SCH-05", "A date is not a date (dd/mm/yyyy or yyyy-mm-dd).", "exclusions", ["ExclusionStartDate", "DOB"]);
    public static readonly RuleDefinition SessionsNotValid = new("JU-SCH-06", "Sessions are not a whole number from 0 to 999.", "attendance", ["SessionsPossible", "ExclusionSessions"]);
    public static readonly RuleDefinition StartAfterPeriod = new("JU-SCH-07", "The exclusion starts after the end of the extract's academic year (31 August of the collection year), or before the pupil was born.", "exclusions", ["ExclusionStartDate"]);
    public static readonly RuleDefinition Duplicate = new("JU-SCH-08", "The same pupil's exclusion (start date and category) or term's attendance (year, term, school) is already on an earlier row; only the first is loaded.", "exclusions", ["UPN"]);
    public static readonly RuleDefinition AbsenceOverPossible = new("JU-SCH-09", "Authorised plus unauthorised absence is more than the sessions possible.", "attendance", ["SessionsAuthorised", "SessionsUnauthorised"]);
    public static readonly RuleDefinition TermNotValid = new("JU-SCH-10", "Term is not AUT, SPR or SUM (or Autumn, Spring, Summer), or AcademicYear is not written 2020/21.", "attendance", ["Term", "AcademicYear"]);
    public static readonly RuleDefinition SexNotValid = new("JU-SCH-11", "Sex is not M, F (or 1, 2) or U.", "exclusions", ["Sex"]);
    public static readonly RuleDefinition TwoFilesOneTable = new("JU-SCH-12", "Two files of one submission hold the same table (exclusions or attendance).", "", []);

    /// <summary>ExclusionCategory: PERM permanent; SUSP suspension (FIXD, fixed period, before 2021/22).</summary>
    public static IReadOnlyDictionary<string, string> Categories { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PERM"] = "PERM",
        ["SUSP"] = "SUSP",
        ["FIXD"] = "SUSP",
        ["Permanent"] = "PERM",
        ["Suspension"] = "SUSP",
        ["Fixed"] = "SUSP",
    };

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        UpnNotValid, MissingValue, CategoryNotValid, ReasonNotValid, DateNotValid, SessionsNotValid, StartAfterPeriod, Duplicate,
        AbsenceOverPossible, TermNotValid, SexNotValid, TwoFilesOneTable,
    ];
}
