namespace JoinedUp.Domain.Codes;

/// <summary>
/// The SSDA903 validation rules JoinedUp implements, under the DfE's rule codes where the DfE has
/// one and a JoinedUp "JU" code where it does not. Messages are JoinedUp's own wording.
/// </summary>
public static class Ssda903Rules
{
    private const string Header = "Header";
    private const string Episodes = "Episodes";
    private const string Reviews = "Reviews";
    private const string Uasc = "UASC";
    private const string Oc2 = "OC2";
    private const string Oc3 = "OC3";
    private const string Ad1 = "AD1";
    private const string PlacedAdoption = "PlacedAdoption";
    private const string PrevPerm = "PrevPerm";
    private const string Missing = "Missing";
    private const string SwEpisodes = "SWEpisodes";

    // Header
    public static readonly RuleDefinition SexNotValid = new("101", "Sex is not a valid code (1 or 2).", Header, ["SEX"]);
    public static readonly RuleDefinition DobNotValidDate = new("102", "Date of birth is not a valid date.", Header, ["DOB"]);
    public static readonly RuleDefinition EthnicityNotValid = new("103", "Ethnicity is not a valid code.", Header, ["ETHNIC"]);
    public static readonly RuleDefinition UpnNotValid = new("168", "UPN is not valid; use UN1 to UN5 when it is not known.", Header, ["UPN"]);
    public static readonly RuleDefinition DobInFuture = new("301", "Date of birth is after the end of the collection year.", Header, ["DOB"]);
    public static readonly RuleDefinition ChildOver21 = new("351", "Child was over 21 at the start of the collection year.", Header, ["DOB"]);
    public static readonly RuleDefinition HeaderFieldMissing = new("JU10", "A field the Header table requires is blank.", Header, ["CHILD", "SEX", "DOB", "ETHNIC"]);

    // UASC
    public static readonly RuleDefinition UascCeasedDateNotValid = new("104", "Date UASC status ceased is not a valid date.", Uasc, ["DUC"]);
    public static readonly RuleDefinition UascStatusNotValid = new("105", "UASC status is not valid (0 or 1) or is blank.", Header, ["UASC"]);

    // Episodes: codes and dates
    public static readonly RuleDefinition DecomNotValidDate = new("141", "Date the episode began is not a valid date.", Episodes, ["DECOM"]);
    public static readonly RuleDefinition PreviousEpisodeNotEnded = new("142", "A later episode exists but this episode has no end date or reason.", Episodes, ["DEC", "REC"]);
    public static readonly RuleDefinition RneNotValid = new("143", "Reason for new episode is not a valid code.", Episodes, ["RNE"]);
    public static readonly RuleDefinition LegalStatusNotValid = new("144", "Legal status is not a valid code.", Episodes, ["LS"]);
    public static readonly RuleDefinition CategoryOfNeedNotValid = new("145", "Category of need is not a valid code.", Episodes, ["CIN"]);
    public static readonly RuleDefinition PlacementTypeNotValid = new("146", "Placement type is not a valid code.", Episodes, ["PLACE"]);
    public static readonly RuleDefinition DecNotValidDate = new("147", "Date the episode ended is not a valid date.", Episodes, ["DEC"]);
    public static readonly RuleDefinition DecAndRecMismatch = new("148", "End date and reason the episode ended must both be given or both be blank.", Episodes, ["DEC", "REC"]);
    public static readonly RuleDefinition RecNotValid = new("149", "Reason the episode ended is not a valid code.", Episodes, ["REC"]);
    public static readonly RuleDefinition DistanceNotValid = new("164", "Placement distance is outside 0 to 999.9 miles; check the postcodes.", Episodes, ["PL_DISTANCE", "HOME_POST", "PL_POST"]);
    public static readonly RuleDefinition PlacementProviderNotValid = new("178", "Placement provider is not a valid code.", Episodes, ["PLACE_PROVIDER"]);
    public static readonly RuleDefinition UrnRequired = new("218", "An Ofsted URN is required for this placement type.", Episodes, ["URN", "PLACE"]);
    public static readonly RuleDefinition UrnNotValid = new("1008", "Ofsted URN is not a known URN.", Episodes, ["URN"]);
    public static readonly RuleDefinition FirstEpisodeBeforeBirth = new("302", "The child's first episode starts before their date of birth.", Episodes, ["DECOM", "DOB"]);
    public static readonly RuleDefinition StartedCareAged18OrOver = new("352", "Child was 18 or over when they started to be looked after.", Episodes, ["DECOM", "RNE"]);
    public static readonly RuleDefinition EpisodeUnder24Hours = new("355", "Episode appears to have lasted less than 24 hours.", Episodes, ["DECOM", "DEC"]);
    public static readonly RuleDefinition DecBeforeDecom = new("356", "Episode ends before it began.", Episodes, ["DECOM", "DEC"]);
    public static readonly RuleDefinition RespiteV3AndV4InSameYear = new("426", "A child in short-break care cannot have both V3 and V4 legal statuses in one year.", Episodes, ["LS"]);
    public static readonly RuleDefinition StayingPutUnder18 = new("460", "Reason episode ended is E17 (stayed with carers at 18+) but the child is under 18.", Episodes, ["DEC", "REC"]);
    public static readonly RuleDefinition EpisodesOverlap = new("501", "Episode starts before the child's previous episode ended.", Episodes, ["DECOM", "DEC"]);

    // Episodes: JoinedUp checks with no DfE code
    public static readonly RuleDefinition ChildNotInHeader = new("JU01", "Child in the Episodes table has no row in the Header table.", Episodes, ["CHILD"]);
    public static readonly RuleDefinition AgeAtEpisodeStartImplausible = new("JU02", "Child was not yet born, or was over 18, when the episode began.", Episodes, ["DECOM", "DOB"]);
    public static readonly RuleDefinition PlacementInconsistentWithLegalStatus = new("JU03", "A placement for adoption (A3-A6) needs legal status E1 (placement order) or D1 (freeing order).", Episodes, ["PLACE", "LS"]);
    public static readonly RuleDefinition ReasonPlaceChangeNotValid = new("JU04", "Reason for placement change is not a valid code.", Episodes, ["REASON_PLACE_CHANGE"]);
    public static readonly RuleDefinition PostcodeNotValid = new("JU05", "Postcode is not a valid UK postcode.", Episodes, ["HOME_POST", "PL_POST"]);
    public static readonly RuleDefinition DecAfterCollectionEnd = new("JU06", "Episode ends after the end of the collection year.", Episodes, ["DEC"]);
    public static readonly RuleDefinition DecomAfterCollectionEnd = new("JU07", "Episode begins after the end of the collection year.", Episodes, ["DECOM"]);
    public static readonly RuleDefinition EpisodeFieldMissing = new("JU11", "A field the Episodes table requires is blank.", Episodes, ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE"]);

    // Reviews
    public static readonly RuleDefinition ReviewDateNotValid = new("166", "Review date is not a valid date or is blank.", Reviews, ["REVIEW"]);
    public static readonly RuleDefinition ReviewParticipationNotValid = new("167", "Review participation is not a valid code or is blank.", Reviews, ["REVIEW_CODE"]);

    // Missing
    public static readonly RuleDefinition MissingStartDateBlank = new("564", "A missing or away period has no start date.", Missing, ["MISSING", "MIS_START"]);
    public static readonly RuleDefinition MissingStartAfterCareEnded = new("578", "A missing period starts after the child stopped being looked after.", Missing, ["MIS_START"]);
    public static readonly RuleDefinition MissingTypeNotValid = new("1006", "Missing type is not a valid code (M or A).", Missing, ["MISSING"]);
    public static readonly RuleDefinition MissingEndBeforeStart = new("JU20", "A missing period ends before it starts.", Missing, ["MIS_START", "MIS_END"]);

    // OC2
    public static readonly RuleDefinition SdqReasonNotValid = new("196", "Reason for no SDQ score is not a valid code.", Oc2, ["SDQ_REASON"]);
    public static readonly RuleDefinition ConvictionNotRecorded = new("543", "Child aged 10 or over, looked after for 12 months, has no conviction information.", Oc2, ["DOB", "CONVICTED"]);
    public static readonly RuleDefinition HealthCheckNotRecordedUnder5 = new("545", "Child under 5, looked after for 12 months, has no health promotion information.", Oc2, ["DOB", "HEALTH_CHECK"]);

    // OC3
    public static readonly RuleDefinition InTouchNotValid = new("131", "Care leaver 'in touch' is not a valid code.", Oc3, ["IN_TOUCH"]);
    public static readonly RuleDefinition ActivityNotValid = new("132", "Care leaver activity is not a valid code.", Oc3, ["ACTIV"]);
    public static readonly RuleDefinition AccommodationNotValid = new("133", "Care leaver accommodation is not a valid code.", Oc3, ["ACCOM"]);
    public static readonly RuleDefinition CareLeaverDiedInCare = new("1000", "Child died in care, so care leaver information must not be given.", Oc3, ["IN_TOUCH", "ACTIV", "ACCOM"]);

    // AD1 and PlacedAdoption
    public static readonly RuleDefinition NumberOfAdoptersNotValid = new("175", "Number of adopters is not a valid code (1 or 2).", Ad1, ["NB_ADOPTR"]);
    public static readonly RuleDefinition SexOfAdoptersNotValid = new("176", "Sex of adopters is not a valid code.", Ad1, ["SEX_ADOPTR"]);
    public static readonly RuleDefinition LegalStatusOfAdoptersNotValid = new("177", "Legal status of adopters is not a valid code.", Ad1, ["LS_ADOPTR"]);
    public static readonly RuleDefinition AdoptionDetailsMissing = new("601", "Child was adopted this year but the adoption details are incomplete.", Ad1, ["REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]);
    public static readonly RuleDefinition ReasonPlacedCeasedNotValid = new("120", "Reason the adoption decision was reversed is not a valid code.", PlacedAdoption, ["REASON_PLACED_CEASED"]);
    public static readonly RuleDefinition AdoptionDecisionsOverlap = new("579", "A decision to place for adoption starts before the previous one ceased.", PlacedAdoption, ["DATE_PLACED", "DATE_PLACED_CEASED"]);

    // PrevPerm
    public static readonly RuleDefinition PreviousPermanenceNotValid = new("631", "Previous permanence option is not a valid code.", PrevPerm, ["PREV_PERM"]);
    public static readonly RuleDefinition PreviousPermanenceLaNotValid = new("633", "LA code where the previous permanence order was made is not valid.", PrevPerm, ["LA_PERM"]);

    // Social worker episodes (2023-24 onwards)
    public static readonly RuleDefinition SocialWorkerEpisodeIncomplete = new("SW03STG1", "A social worker episode lacks the worker ID, start date or reason.", SwEpisodes, ["SW_ID", "SW_DECOM", "SW_REASON"]);
    public static readonly RuleDefinition SocialWorkerChangeReasonNotValid = new("SW13STG1", "Reason for social worker change is not a valid code or is blank.", SwEpisodes, ["SW_REASON"]);

    // Field formats the DfE checks without a code of its own in every year: JoinedUp codes
    public static readonly RuleDefinition MotherNotValid = new("JU12", "Mother is not 0 or 1.", Header, ["MOTHER"]);
    public static readonly RuleDefinition MotherChildDobNotValid = new("JU13", "Date of birth of the mother's child is not a valid date.", Header, ["MC_DOB"]);
    public static readonly RuleDefinition MissingDateNotValid = new("JU21", "Start or end of a missing or away period is not a valid date.", Missing, ["MIS_START", "MIS_END"]);
    public static readonly RuleDefinition Oc2FieldNotValid = new("JU30", "An OC2 outcome must be 0 or 1.", Oc2, ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]);
    public static readonly RuleDefinition SdqScoreNotValid = new("JU31", "SDQ score is not a whole number from 0 to 40.", Oc2, ["SDQ_SCORE"]);
    public static readonly RuleDefinition AdoptionDateNotValid = new("JU40", "An adoption date is not a valid date.", Ad1, ["DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED"]);
    public static readonly RuleDefinition SocialWorkerDateNotValid = new("JU50", "A social worker episode date is not a valid date.", SwEpisodes, ["SW_DECOM", "SW_DEC"]);
    public static readonly RuleDefinition DuplicateChildInHeader = new("JU14", "The child appears more than once in the Header table.", Header, ["CHILD"]);

    /// <summary>Every rule, in code order within each table group.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        SexNotValid, DobNotValidDate, EthnicityNotValid, UpnNotValid, DobInFuture, ChildOver21, HeaderFieldMissing,
        UascCeasedDateNotValid, UascStatusNotValid,
        DecomNotValidDate, PreviousEpisodeNotEnded, RneNotValid, LegalStatusNotValid, CategoryOfNeedNotValid,
        PlacementTypeNotValid, DecNotValidDate, DecAndRecMismatch, RecNotValid, DistanceNotValid,
        PlacementProviderNotValid, UrnRequired, UrnNotValid, FirstEpisodeBeforeBirth, StartedCareAged18OrOver,
        EpisodeUnder24Hours, DecBeforeDecom, RespiteV3AndV4InSameYear, StayingPutUnder18, EpisodesOverlap,
        ChildNotInHeader, AgeAtEpisodeStartImplausible, PlacementInconsistentWithLegalStatus,
        ReasonPlaceChangeNotValid, PostcodeNotValid, DecAfterCollectionEnd, DecomAfterCollectionEnd, EpisodeFieldMissing,
        ReviewDateNotValid, ReviewParticipationNotValid,
        MissingStartDateBlank, MissingStartAfterCareEnded, MissingTypeNotValid, MissingEndBeforeStart,
        SdqReasonNotValid, ConvictionNotRecorded, HealthCheckNotRecordedUnder5,
        InTouchNotValid, ActivityNotValid, AccommodationNotValid, CareLeaverDiedInCare,
        NumberOfAdoptersNotValid, SexOfAdoptersNotValid, LegalStatusOfAdoptersNotValid, AdoptionDetailsMissing,
        ReasonPlacedCeasedNotValid, AdoptionDecisionsOverlap,
        PreviousPermanenceNotValid, PreviousPermanenceLaNotValid,
        SocialWorkerEpisodeIncomplete, SocialWorkerChangeReasonNotValid,
        MotherNotValid, MotherChildDobNotValid, MissingDateNotValid, Oc2FieldNotValid, SdqScoreNotValid, AdoptionDateNotValid,
        SocialWorkerDateNotValid, DuplicateChildInHeader,
    ];

    private static readonly Dictionary<string, RuleDefinition> ByCodeMap = All.ToDictionary(rule => rule.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule with this code (e.g. "146" or "JU01"), or null.</summary>
    public static RuleDefinition? ByCode(string code) => ByCodeMap.GetValueOrDefault(code.Trim());
}
