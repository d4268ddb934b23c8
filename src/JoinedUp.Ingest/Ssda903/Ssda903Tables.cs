using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Validation.Ssda903.Codes;
using static JoinedUp.Domain.Codes.Ssda903Rules;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// The tables of the SSDA903 return as the DfE specifies them, with the rule each field breaks when it is missing
/// or invalid. A value that cannot be stored in its typed column (a date that is not a date, a code that classifies
/// the child's care but is not on the list) refuses the submission; everything else is loaded and flagged.
/// </summary>
public static class Ssda903Tables
{
    private const IssueSeverity Refuse = IssueSeverity.Refused;

    private static FieldSpec Child(string missingRule) => new("CHILD", FieldKind.ChildId, Required: true, MissingRule: missingRule, WhenInvalid: Refuse, WhenMissing: Refuse, Aliases: "CHILDID");
    private static FieldSpec Dob(string missingRule) => new("DOB", FieldKind.BirthDate, Required: true, InvalidRule: DobNotValidDate.Code, MissingRule: missingRule, WhenInvalid: Refuse);
    private static FieldSpec Flag(string name, string rule) => new(name, FieldKind.Flag, InvalidRule: rule);
    private static FieldSpec Date(string name, string rule, bool required = false, string? missing = null) =>
        new(name, FieldKind.Date, Required: required, InvalidRule: rule, MissingRule: missing, WhenInvalid: Refuse);
    private static FieldSpec Code(string name, CodeList codes, string rule, bool required = false, string? missing = null, IssueSeverity severity = IssueSeverity.Flagged) =>
        new(name, FieldKind.Code, Required: required, Codes: codes, InvalidRule: rule, MissingRule: missing, WhenInvalid: severity);

    // Header: blank or invalid SEX, DOB and ETHNIC are the DfE's 101, 102 and 103; SEX accepts every year's codes here
    // (1/2 to 2023/24, M/F/U from 2024/25: see ChildSex) and rule 101 flags a code of the wrong year.
    public static TableSpec Header { get; } = new("header", ["CHILD", "SEX", "DOB", "ETHNIC", "UPN"],
        Child(HeaderFieldMissing.Code),
        Code("SEX", ChildSex.AnyYear, "101", required: true, missing: "101", severity: Refuse),
        Dob("102"),
        Code("ETHNIC", Ssda903CodeLists.Ethnicity, "103", required: true, missing: "103"),
        new("UPN", FieldKind.Upn, InvalidRule: "168"),
        Flag("MOTHER", MotherNotValid.Code),
        Date("MC_DOB", "171"));

    public static TableSpec Episodes { get; } = new("episodes", ["CHILD", "DECOM", "RNE", "LS"],
        Child(EpisodeFieldMissing.Code),
        Date("DECOM", DecomNotValidDate.Code, required: true, missing: DecomNotValidDate.Code) with { WhenMissing = Refuse },
        Code("RNE", Ssda903CodeLists.ReasonNewEpisode, RneNotValid.Code, required: true, missing: RneNotValid.Code, severity: Refuse),
        Code("LS", Ssda903CodeLists.LegalStatus, LegalStatusNotValid.Code, required: true, missing: LegalStatusNotValid.Code, severity: Refuse),
        Code("CIN", Ssda903CodeLists.CategoryOfNeed, CategoryOfNeedNotValid.Code, required: true, missing: CategoryOfNeedNotValid.Code, severity: Refuse),
        Code("PLACE", Ssda903CodeLists.PlacementType, PlacementTypeNotValid.Code, required: true, missing: PlacementTypeNotValid.Code, severity: Refuse) with { Aliases = ["PL"] },
        Code("PLACE_PROVIDER", Ssda903CodeLists.PlacementProvider, PlacementProviderNotValid.Code, severity: Refuse),
        Date("DEC", DecNotValidDate.Code),
        Code("REC", Ssda903CodeLists.ReasonEpisodeCeased, RecNotValid.Code, severity: Refuse),
        Code("REASON_PLACE_CHANGE", Ssda903CodeLists.ReasonPlacementChange, "1009"),
        new("HOME_POST", FieldKind.Postcode, InvalidRule: PostcodeNotValid.Code),
        new("PL_POST", FieldKind.Postcode, InvalidRule: PostcodeNotValid.Code),
        new("URN", FieldKind.Text, InvalidRule: UrnNotValid.Code));

    // UASC: DUC not a date is the DfE's 104 (which also flags a DUC before the collection year); a blank DUC breaks no DfE
    // rule of its own (205B finds it where it matters), so it is not required here.
    public static TableSpec Uasc { get; } = new("uasc", ["CHILD", "DUC"],
        Child(UascCeasedDateNotValid.Code),
        Code("SEX", ChildSex.AnyYear, SexNotValid.Code),
        Dob(UascCeasedDateNotValid.Code),
        Date("DUC", "104"));

    public static TableSpec Reviews { get; } = new("reviews", ["CHILD", "REVIEW"],
        Child(ReviewDateNotValid.Code),
        Dob(ReviewDateNotValid.Code),
        // DfE 166: the review date blank or not a date; DfE 167: the participation code blank or not PN0 to PN7.
        Date("REVIEW", "166", required: true, missing: "166"),
        Code("REVIEW_CODE", Ssda903CodeLists.ReviewParticipation, "167", required: true, missing: "167"));

    public static TableSpec Missing { get; } = new("missing", ["CHILD", "MIS_START"],
        Child(MissingStartDateBlank.Code),
        Dob(MissingStartDateBlank.Code),
        // DfE 1006: a type not M or A; a blank type beside a start date is DfE 565 (566 when only the end is given).
        Code("MISSING", Ssda903CodeLists.MissingType, "1006", required: true, missing: "565"),
        // DfE 1004: a start that is not a date; a blank start is DfE 564 (the row says the child was missing or away).
        Date("MIS_START", "1004", required: true, missing: "564"),
        // DfE 1005: an end, when given, that is not a date.
        Date("MIS_END", "1005"));

    public static TableSpec Oc2 { get; } = new("oc2", ["CHILD", "SDQ_SCORE", "CONVICTED"],
        Child(Oc2FieldNotValid.Code),
        Dob(Oc2FieldNotValid.Code),
        // DfE 180 (SDQ score a whole number 0-40), 196 (SDQ reason on the list), 181 (each outcome 0 or 1): the field
        // check and the rule report one failure under the DfE's code.
        new("SDQ_SCORE", FieldKind.Integer, InvalidRule: "180"),
        Code("SDQ_REASON", Ssda903CodeLists.SdqReason, "196"),
        Flag("CONVICTED", "181"),
        Flag("HEALTH_CHECK", "181"),
        Flag("IMMUNISATIONS", "181"),
        Flag("TEETH_CHECK", "181"),
        Flag("HEALTH_ASSESSMENT", "181"),
        Flag("SUBSTANCE_MISUSE", "181"),
        Flag("INTERVENTION_RECEIVED", "181"),
        Flag("INTERVENTION_OFFERED", "181"));

    public static TableSpec Oc3 { get; } = new("oc3", ["CHILD", "IN_TOUCH"],
        Child(InTouchNotValid.Code),
        Dob(InTouchNotValid.Code),
        Code("IN_TOUCH", Ssda903CodeLists.Oc3InTouch, InTouchNotValid.Code),
        Code("ACTIV", Ssda903CodeLists.Oc3Activity, ActivityNotValid.Code),
        Code("ACCOM", Ssda903CodeLists.Oc3Accommodation, AccommodationNotValid.Code));

    public static TableSpec PreviousPermanence { get; } = new("previous_permanence", ["CHILD", "PREV_PERM"],
        Child(PreviousPermanenceNotValid.Code),
        Dob(PreviousPermanenceNotValid.Code),
        Code("PREV_PERM", Ssda903CodeLists.PreviousPermanence, PreviousPermanenceNotValid.Code),
        new("LA_PERM", FieldKind.Text, InvalidRule: PreviousPermanenceLaNotValid.Code),
        // The DfE allows "zz" for an unknown day or month here, so it is kept as text, not parsed as a date.
        new("DATE_PERM", FieldKind.Text));

    // AD1 and PlacedAdoption: each item's format is the DfE rule of that item (112 to 116, 120, 175 to 177), so the field
    // check and the rule report a failure once. A blank CHILD or DOB has no DfE rule (the DfE's XML has neither in these
    // tables): it is JoinedUp's JU41, not 601 (the DfE's 601 is an adopted child's incomplete adoption record).
    public static TableSpec Ad1 { get; } = new("ad1", ["CHILD", "DATE_INT", "DATE_MATCH"],
        Child(AdoptionTableFieldMissing),
        Dob(AdoptionTableFieldMissing),
        Date("DATE_INT", "112"),
        Date("DATE_MATCH", "113"),
        Flag("FOSTER_CARE", "114"),
        new("NB_ADOPTR", FieldKind.Integer, InvalidRule: "175"),
        Code("SEX_ADOPTR", Ssda903CodeLists.SexOfAdopters, "176"),
        Code("LS_ADOPTR", Ssda903CodeLists.LegalStatusOfAdopters, "177"));

    public static TableSpec PlacedForAdoption { get; } = new("placed_for_adoption", ["CHILD", "DATE_PLACED"],
        Child(AdoptionTableFieldMissing),
        Dob(AdoptionTableFieldMissing),
        Date("DATE_PLACED", "115"),
        Date("DATE_PLACED_CEASED", "116"),
        Code("REASON_PLACED_CEASED", Ssda903CodeLists.ReasonPlacedForAdoptionCeased, "120"));

    /// <summary>A blank CHILD or DOB in the AD1 or PlacedAdoption table (JoinedUp's code: the DfE has none).</summary>
    private const string AdoptionTableFieldMissing = "JU41";

    public static TableSpec SocialWorkerEpisodes { get; } = new("sw_episodes", ["CHILD", "SW_ID", "SW_DECOM"],
        Child(SocialWorkerEpisodeIncomplete.Code),
        Dob(SocialWorkerEpisodeIncomplete.Code),
        // A blank SW_ID or SW_DECOM is the rules' to report: SW03STG1 in 2023/24, SW01aSTG1/SW01bSTG1 from 2024/25.
        new("SW_ID", FieldKind.PersonId),
        Date("SW_DECOM", "SW04STG1"),
        Date("SW_DEC", "SW05STG1"),
        Code("SW_REASON", Ssda903CodeLists.SocialWorkerChangeReason, SocialWorkerChangeReasonNotValid.Code));

    /// <summary>Every table, the header first and the episodes second: the order a submission is read in.</summary>
    public static IReadOnlyList<TableSpec> All { get; } =
        [Header, Episodes, Uasc, Reviews, Missing, Oc2, Oc3, PreviousPermanence, Ad1, PlacedForAdoption, SocialWorkerEpisodes];
}
