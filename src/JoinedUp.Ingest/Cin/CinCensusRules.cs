using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Cin;

/// <summary>
/// The CIN census rules beyond the schema that the region depends on: dates of referral, assessment, CIN plan,
/// section 47 enquiry and child protection plan in order; disabilities; category of abuse; closure. JoinedUp's own
/// codes (the DfE's validation rules cover the same ground under its numbers, which change from year to year).
/// </summary>
public static class CinCensusRules
{
    private const string Table = "Child";

    public static readonly RuleDefinition DuplicateChild = new("JU-CIN-01", "The same LAchildID appears on more than one Child.", Table, ["LAchildID"]);
    public static readonly RuleDefinition NoBirthDate = new("JU-CIN-02", "Neither PersonBirthDate nor ExpectedPersonBirthDate is given.", Table, ["PersonBirthDate"]);
    public static readonly RuleDefinition UpnNotValid = new("JU-CIN-03", "UPN is not a valid unique pupil number.", Table, ["UPN"]);
    public static readonly RuleDefinition ReferralBeforeBirth = new("JU-CIN-04", "The referral is before the child's date of birth.", Table, ["CINreferralDate", "PersonBirthDate"]);
    public static readonly RuleDefinition ClosureBeforeReferral = new("JU-CIN-05", "CINclosureDate is before CINreferralDate.", Table, ["CINclosureDate"]);
    public static readonly RuleDefinition ClosureWithoutReason = new("JU-CIN-06", "A closed CIN episode needs ReasonForClosure, and a reason needs a closure date.", Table, ["ReasonForClosure"]);
    public static readonly RuleDefinition AssessmentBeforeReferral = new("JU-CIN-07", "An assessment starts before the referral.", Table, ["AssessmentActualStartDate"]);
    public static readonly RuleDefinition AuthorisedBeforeStart = new("JU-CIN-08", "An assessment is authorised before it starts.", Table, ["AssessmentAuthorisationDate"]);
    public static readonly RuleDefinition CinPlanBeforeReferral = new("JU-CIN-09", "A CIN plan starts before the referral.", Table, ["CINPlanStartDate"]);
    public static readonly RuleDefinition CinPlanEndsBeforeStart = new("JU-CIN-10", "A CIN plan ends before it starts.", Table, ["CINPlanEndDate"]);
    public static readonly RuleDefinition Section47BeforeReferral = new("JU-CIN-11", "A section 47 enquiry starts before the referral.", Table, ["S47ActualStartDate"]);
    public static readonly RuleDefinition ConferenceBeforeSection47 = new("JU-CIN-12", "The initial child protection conference is before the section 47 enquiry started.", Table, ["DateOfInitialCPC"]);
    public static readonly RuleDefinition CpPlanBeforeReferral = new("JU-CIN-13", "A child protection plan starts before the referral.", Table, ["CPPstartDate"]);
    public static readonly RuleDefinition CpPlanEndsBeforeStart = new("JU-CIN-14", "A child protection plan ends before it starts.", Table, ["CPPendDate"]);
    public static readonly RuleDefinition ActivityAfterClosure = new("JU-CIN-15", "An assessment, plan or enquiry date is after the CIN episode closed.", Table, ["CINclosureDate"]);
    public static readonly RuleDefinition DateAfterReferenceDate = new("JU-CIN-16", "A date is after the census reference date.", Table, ["CINreferralDate"]);
    public static readonly RuleDefinition DisabilityNoneWithOthers = new("JU-CIN-17", "Disability NONE is given with other disabilities, or a disability is repeated.", Table, ["Disability"]);
    public static readonly RuleDefinition CategoryOfAbuseMissing = new("JU-CIN-18", "A child protection plan needs its initial and latest category of abuse.", Table, ["InitialCategoryOfAbuse", "LatestCategoryOfAbuse"]);
    public static readonly RuleDefinition ReferralNfaWithActivity = new("JU-CIN-19", "ReferralNFA is true but the episode has assessments, plans or enquiries.", Table, ["ReferralNFA"]);
    public static readonly RuleDefinition OverlappingCpPlans = new("JU-CIN-20", "Two child protection plans of the child overlap.", Table, ["CPPstartDate"]);
    public static readonly RuleDefinition CpPlanWithoutConference = new("JU-CIN-21", "A child protection plan has no initial child protection conference in its episode.", Table, ["DateOfInitialCPC"]);
    public static readonly RuleDefinition NotValidDate = new("JU-CIN-22", "A date is not a valid date.", Table, []);

    public static readonly RuleDefinition YesNoAsWord = new("JU-CIN-23", "A yes/no field is given as true/false; the DfE schema asks for 1/0.", Table, ["ReferralNFA", "ICPCnotRequired"]);

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        DuplicateChild, NoBirthDate, UpnNotValid, ReferralBeforeBirth, ClosureBeforeReferral, ClosureWithoutReason, AssessmentBeforeReferral,
        AuthorisedBeforeStart, CinPlanBeforeReferral, CinPlanEndsBeforeStart, Section47BeforeReferral, ConferenceBeforeSection47,
        CpPlanBeforeReferral, CpPlanEndsBeforeStart, ActivityAfterClosure, DateAfterReferenceDate, DisabilityNoneWithOthers,
        CategoryOfAbuseMissing, ReferralNfaWithActivity, OverlappingCpPlans, CpPlanWithoutConference, NotValidDate, YesNoAsWord,
    ];
}
