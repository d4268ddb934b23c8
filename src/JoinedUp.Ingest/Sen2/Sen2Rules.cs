using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Sen2;

/// <summary>
/// SEN2 rules the region depends on, checked in code (no XSD for SEN2 is held): the shape of the file, the person's
/// identifiers, the order of request, assessment and plan dates, ranked SEN types, and the plan's placement.
/// JoinedUp's own codes.
/// </summary>
public static class Sen2Rules
{
    private const string Table = "Person";

    public static readonly RuleDefinition UnknownElement = new("JU-SEN2-01", "An element that SEN2 does not define.", Table, []);
    public static readonly RuleDefinition NoBirthDate = new("JU-SEN2-02", "PersonBirthDate is missing.", Table, ["PersonBirthDate"]);
    public static readonly RuleDefinition SexNotValid = new("JU-SEN2-03", "Sex is not M, F or U.", Table, ["Sex"]);
    public static readonly RuleDefinition NoIdentifier = new("JU-SEN2-04", "The person has no valid UPN, unique learner number or name to be known by.", Table, ["UPN"]);
    public static readonly RuleDefinition RequestWithoutDate = new("JU-SEN2-05", "A request has no ReceivedDate.", Table, ["ReceivedDate"]);
    public static readonly RuleDefinition OutcomeBeforeRequest = new("JU-SEN2-06", "A request or assessment outcome is dated before the request was received.", Table, ["AssessmentOutcomeDate"]);
    public static readonly RuleDefinition PlanBeforeRequest = new("JU-SEN2-07", "The EHC plan starts before the request was received.", Table, ["StartDate"]);
    public static readonly RuleDefinition PlanCeasedBeforeStart = new("JU-SEN2-08", "The EHC plan ceased before it started, or has a cease date without a reason.", Table, ["CeaseDate"]);
    public static readonly RuleDefinition SenTypeNotValid = new("JU-SEN2-09", "SENtype is not a DfE SEN type code.", Table, ["SENtype"]);
    public static readonly RuleDefinition SenRanksNotValid = new("JU-SEN2-10", "SEN types must be ranked 1, 2, 3... without gaps or repeats, and name each need once.", Table, ["SENtypeRank"]);
    public static readonly RuleDefinition PlanWithoutPlacement = new("JU-SEN2-11", "An EHC plan names no placement (setting or establishment).", Table, ["SENSetting"]);
    public static readonly RuleDefinition DuplicatePerson = new("JU-SEN2-12", "The same person (UPN) appears more than once.", Table, ["UPN"]);
    public static readonly RuleDefinition Late20Weeks = new("JU-SEN2-13", "A new EHC plan was issued more than 20 weeks after the request with no exception given.", Table, ["StartDate"]);
    public static readonly RuleDefinition NotSen2 = new("JU-SEN2-14", "The file is not shaped as a SEN2 return (Message, Header, Persons, Person).", Table, []);
    public static readonly RuleDefinition DateNotValid = new("JU-SEN2-15", "A date is given that is not a date (yyyy-mm-dd); it refuses the submission, since it would misstate the 20-week timeliness.", Table,
        ["PersonBirthDate", "ReceivedDate", "RequestOutcomeDate", "AssessmentOutcomeDate", "StartDate", "CeaseDate"]);

    /// <summary>SEN type codes: the DfE's list for SEN2 and the school census.</summary>
    public static IReadOnlySet<string> SenTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA" };

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        UnknownElement, NoBirthDate, SexNotValid, NoIdentifier, RequestWithoutDate, OutcomeBeforeRequest, PlanBeforeRequest,
        PlanCeasedBeforeStart, SenTypeNotValid, SenRanksNotValid, PlanWithoutPlacement, DuplicatePerson, Late20Weeks, NotSen2, DateNotValid,
    ];
}
