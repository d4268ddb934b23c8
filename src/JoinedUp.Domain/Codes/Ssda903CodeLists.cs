namespace JoinedUp.Domain.Codes;

/// <summary>
/// The code sets of the SSDA903 (children looked after) return, per the DfE's SSDA903 guidance
/// (2023-24 and 2024-25 collections). Meanings are short paraphrases, not the guidance's wording.
/// </summary>
public static class Ssda903CodeLists
{
    /// <summary>SEX: the child's sex.</summary>
    public static CodeList Sex { get; } = new("SEX",
    [
        ("1", "Male"),
        ("2", "Female"),
    ]);

    /// <summary>ETHNIC: the child's ethnic origin (DfE ethnicity codes).</summary>
    public static CodeList Ethnicity { get; } = new("ETHNIC",
    [
        ("WBRI", "White British"),
        ("WIRI", "White Irish"),
        ("WIRT", "Traveller of Irish heritage"),
        ("WOTH", "Any other White background"),
        ("WROM", "Gypsy or Roma"),
        ("MWBC", "White and Black Caribbean"),
        ("MWBA", "White and Black African"),
        ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"),
        ("AIND", "Indian"),
        ("APKN", "Pakistani"),
        ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"),
        ("BCRB", "Black Caribbean"),
        ("BAFR", "Black African"),
        ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"),
        ("OOTH", "Any other ethnic group"),
        ("REFU", "Declined to give ethnicity"),
        ("NOBT", "Ethnicity not yet obtained"),
    ]);

    /// <summary>RNE: why a new episode of care began.</summary>
    public static CodeList ReasonNewEpisode { get; } = new("RNE",
    [
        ("S", "Started to be looked after"),
        ("L", "Legal status changed, placement unchanged"),
        ("P", "Placement and carer changed, legal status unchanged"),
        ("T", "Placement changed but carer the same, legal status unchanged"),
        ("U", "Legal status and placement changed together, carer the same"),
        ("B", "Legal status, placement and carer all changed together"),
    ]);

    /// <summary>LS: the legal status under which the child is looked after.</summary>
    public static CodeList LegalStatus { get; } = new("LS",
    [
        ("C1", "Interim care order"),
        ("C2", "Full care order"),
        ("D1", "Freeing order granted"),
        ("E1", "Placement order granted"),
        ("J1", "Remanded to LA or youth detention accommodation"),
        ("J2", "In LA accommodation under PACE 1984"),
        ("J3", "Youth rehabilitation order with residence or intensive fostering requirement"),
        ("L1", "Police protection, in LA accommodation"),
        ("L2", "Emergency protection order"),
        ("L3", "Child assessment order, in LA accommodation"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Agreed series of short breaks, recorded episode by episode"),
        ("V4", "Agreed series of short breaks, recorded as agreements"),
    ]);

    /// <summary>CIN: the main category of need.</summary>
    public static CodeList CategoryOfNeed { get; } = new("CIN",
    [
        ("N1", "Abuse or neglect"),
        ("N2", "Child's disability"),
        ("N3", "Parent's illness or disability"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"),
    ]);

    /// <summary>PLACE (PL): the type of placement. K3 appears in the 2024-25 code set.</summary>
    public static CodeList PlacementType { get; } = new("PLACE",
    [
        ("A3", "Placed for adoption with consent, with current foster carer"),
        ("A4", "Placed for adoption with consent, not with current foster carer"),
        ("A5", "Placed for adoption under a placement order, with current foster carer"),
        ("A6", "Placed for adoption under a placement order, not with current foster carer"),
        ("H5", "Semi-independent or supported accommodation not subject to children's homes regulations"),
        ("K1", "Secure children's home"),
        ("K2", "Children's home subject to the Children's Homes Regulations"),
        ("K3", "Placement code added in the 2024-25 collection (see DfE guidance)"),
        ("P1", "With own parent or other person with parental responsibility"),
        ("P2", "Independent living (flat, lodgings, bedsit, B&B or with friends)"),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"),
        ("R2", "NHS or other establishment giving medical or nursing care"),
        ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution or prison"),
        ("S1", "Residential school (not dual-registered as a children's home)"),
        ("T0", "Temporary move of any kind"),
        ("T1", "Temporary period in hospital"),
        ("T2", "Temporary absence on holiday"),
        ("T3", "Temporary placement while usual foster carer is on holiday"),
        ("T4", "Other temporary placement of seven days or less"),
        ("U1", "Foster care with relative or friend, long term"),
        ("U2", "Foster care with relative or friend who is an approved adopter (fostering for adoption)"),
        ("U3", "Foster care with relative or friend, other"),
        ("U4", "Foster care with other carer, long term"),
        ("U5", "Foster care with other carer who is an approved adopter (fostering for adoption)"),
        ("U6", "Foster care with other carer, other"),
        ("Z1", "Other placement"),
    ]);

    /// <summary>PLACE_PROVIDER: who provides the placement.</summary>
    public static CodeList PlacementProvider { get; } = new("PLACE_PROVIDER",
    [
        ("PR0", "Parent or other person with parental responsibility"),
        ("PR1", "The responsible LA's own provision"),
        ("PR2", "Another LA's provision"),
        ("PR3", "Other public provision"),
        ("PR4", "Private provision"),
        ("PR5", "Voluntary or third sector provision"),
    ]);

    /// <summary>REC: why the episode of care ended.</summary>
    public static CodeList ReasonEpisodeCeased { get; } = new("REC",
    [
        ("X1", "Episode ended and a new one began the same day"),
        ("E11", "Adopted, application unopposed"),
        ("E12", "Adopted, consent dispensed with by the court"),
        ("E13", "Left care to live with parent, relative or other person without parental responsibility"),
        ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment found the child to be 18 or over"),
        ("E16", "Child moved abroad"),
        ("E17", "Aged 18 or over and stayed with current carers (e.g. staying put)"),
        ("E2", "Died"),
        ("E3", "Care taken over by another UK local authority"),
        ("E41", "Residence order or child arrangements order granted"),
        ("E45", "Special guardianship order to former foster carer who is a relative or friend"),
        ("E46", "Special guardianship order to former foster carer who is not a relative or friend"),
        ("E47", "Special guardianship order to other carer who is a relative or friend"),
        ("E48", "Special guardianship order to other carer who is not a relative or friend"),
        ("E4A", "Returned home to parent or person with parental responsibility, as planned"),
        ("E4B", "Returned home to parent or person with parental responsibility, not as planned"),
        ("E5", "Moved to independent living with formal support"),
        ("E6", "Moved to independent living without formal support"),
        ("E7", "Moved to residential care funded by adult social care"),
        ("E8", "Care ended for another reason"),
        ("E9", "Sentenced to custody"),
    ]);

    /// <summary>REASON_PLACE_CHANGE: why the placement changed.</summary>
    public static CodeList ReasonPlacementChange { get; } = new("REASON_PLACE_CHANGE",
    [
        ("ALLEG", "Allegation (section 47)"),
        ("APPRR", "Carer's approval removed"),
        ("CARPL", "Care plan changed or implemented"),
        ("CHILD", "Child asked for the placement to end"),
        ("CLOSE", "Carer resigned or provision closed"),
        ("CREQB", "Carer asked for the placement to end because of the child's behaviour"),
        ("CREQO", "Carer asked for the placement to end for another reason"),
        ("CUSTOD", "Custody arrangement"),
        ("LAREQ", "Responsible or area authority asked for the placement to end"),
        ("OTHER", "Other reason"),
        ("PLACE", "Only the placement's status changed"),
        ("STAND", "Concern about standards of care"),
    ]);

    /// <summary>REVIEW_CODE: how the child took part in a review.</summary>
    public static CodeList ReviewParticipation { get; } = new("REVIEW_CODE",
    [
        ("PN0", "Child under 4 at the review"),
        ("PN1", "Child attended and spoke for themselves"),
        ("PN2", "Child attended and an advocate spoke for them"),
        ("PN3", "Child attended and conveyed their views non-verbally"),
        ("PN4", "Child attended but did not convey their views"),
        ("PN5", "Child did not attend but briefed an advocate"),
        ("PN6", "Child did not attend but conveyed views by another medium"),
        ("PN7", "Child did not attend and views were not conveyed"),
    ]);

    /// <summary>MISSING: the kind of absence from placement.</summary>
    public static CodeList MissingType { get; } = new("MISSING",
    [
        ("M", "Missing from placement"),
        ("A", "Away from placement without authorisation"),
    ]);

    /// <summary>PREV_PERM: permanence order the child had before coming into care.</summary>
    public static CodeList PreviousPermanence { get; } = new("PREV_PERM",
    [
        ("P1", "Adoption order"),
        ("P2", "Special guardianship order"),
        ("P3", "Residence order or child arrangements order"),
        ("P4", "Previous permanence order of a type not known"),
        ("Z1", "Not known whether the child had a previous permanence order"),
    ]);

    /// <summary>IN_TOUCH: whether the LA is in touch with the care leaver.</summary>
    public static CodeList Oc3InTouch { get; } = new("IN_TOUCH",
    [
        ("YES", "LA in touch with the young person"),
        ("NO", "LA not in touch with the young person"),
        ("DIED", "Young person has died"),
        ("REFU", "Young person refuses contact"),
        ("NREQ", "Young person no longer needs services"),
        ("RHOM", "Young person returned home for six months or more"),
    ]);

    /// <summary>ACTIV: the care leaver's main activity; "0" where no information is required.</summary>
    public static CodeList Oc3Activity { get; } = new("ACTIV",
    [
        ("F1", "Full-time higher education"),
        ("P1", "Part-time higher education"),
        ("F2", "Full-time education other than higher education"),
        ("P2", "Part-time education other than higher education"),
        ("F4", "Full-time training or employment"),
        ("P4", "Part-time training or employment"),
        ("F5", "Full-time voluntary work"),
        ("P5", "Part-time voluntary work"),
        ("G4", "Not in education, employment or training: illness or disability"),
        ("G5", "Not in education, employment or training: other reasons"),
        ("G6", "Not in education, employment or training: pregnancy or parenting"),
        ("0", "No information required (e.g. died, returned home)"),
    ]);

    /// <summary>ACCOM: the care leaver's accommodation; suffix 1 = suitable, 2 = not suitable.</summary>
    public static CodeList Oc3Accommodation { get; } = new("ACCOM", Accommodation());

    /// <summary>REASON_PLACED_CEASED: why the decision to place for adoption was reversed.</summary>
    public static CodeList ReasonPlacedForAdoptionCeased { get; } = new("REASON_PLACED_CEASED",
    [
        ("RD1", "Child's needs changed after the decision"),
        ("RD2", "Court did not make a placement order"),
        ("RD3", "Prospective adopters could not be found"),
        ("RD4", "Any other reason"),
    ]);

    /// <summary>SEX_ADOPTR: the sex of the adopter or adopters.</summary>
    public static CodeList SexOfAdopters { get; } = new("SEX_ADOPTR",
    [
        ("M1", "Single male adopter"),
        ("F1", "Single female adopter"),
        ("MM", "Two male adopters"),
        ("FF", "Two female adopters"),
        ("MF", "Male and female adopters"),
    ]);

    /// <summary>LS_ADOPTR: the legal status of the adopter or adopters.</summary>
    public static CodeList LegalStatusOfAdopters { get; } = new("LS_ADOPTR",
    [
        ("L0", "Single adopter"),
        ("L11", "Married couple, opposite sex"),
        ("L12", "Married couple, same sex"),
        ("L2", "Couple in a civil partnership"),
        ("L3", "Unmarried couple, opposite sex"),
        ("L4", "Unmarried couple, same sex"),
    ]);

    /// <summary>SDQ_REASON: why no strengths and difficulties questionnaire score was returned.</summary>
    public static CodeList SdqReason { get; } = new("SDQ_REASON",
    [
        ("SDQ1", "Child under 4 or over 16 at the assessment date"),
        ("SDQ2", "Carer declined to complete the questionnaire"),
        ("SDQ3", "Child's disability too severe for the questionnaire"),
        ("SDQ4", "Other reason"),
        ("SDQ5", "Child or young person declined the questionnaire"),
    ]);

    /// <summary>SW_REASON: why the child's social worker changed (social worker episodes, 2023-24 onwards).</summary>
    public static CodeList SocialWorkerChangeReason { get; } = new("SW_REASON",
    [
        ("MANAGE", "Management decision"),
        ("FCONTA", "Social worker's fixed-term contract ended"),
        ("LEFTRL", "Social worker left the role"),
        ("ORGRST", "Organisational restructure"),
        ("TSPROC", "Transfer between teams as part of the usual process"),
        ("ABSENC", "Social worker absent (e.g. long-term leave)"),
        ("CHCHAN", "Child or family asked for a change"),
        ("PCCHAN", "Change in the child's placement or circumstances"),
        ("SWDIED", "Social worker died"),
        ("OTHERS", "Other reason"),
    ]);

    /// <summary>
    /// Placement types for which an Ofsted URN is expected on an episode in England (DfE rule 218,
    /// 2024-25): every placement type except P1, P3, R1, R2, R5, T0-T4 and Z1.
    /// </summary>
    public static IReadOnlySet<string> PlacementTypesRequiringUrn { get; } =
        PlacementType.Codes.Except(["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Placement types meaning the child is placed for adoption.</summary>
    public static IReadOnlySet<string> PlacedForAdoptionTypes { get; } = new HashSet<string>(["A3", "A4", "A5", "A6"], StringComparer.Ordinal);

    /// <summary>Placement types meaning foster care.</summary>
    public static IReadOnlySet<string> FosterPlacementTypes { get; } = new HashSet<string>(["U1", "U2", "U3", "U4", "U5", "U6"], StringComparer.Ordinal);

    /// <summary>Legal statuses for short-break (respite) care.</summary>
    public static IReadOnlySet<string> ShortBreakLegalStatuses { get; } = new HashSet<string>(["V3", "V4"], StringComparer.Ordinal);

    /// <summary>Every code list, each once.</summary>
    public static IReadOnlyList<CodeList> All { get; } =
    [
        Sex, Ethnicity, ReasonNewEpisode, LegalStatus, CategoryOfNeed, PlacementType, PlacementProvider,
        ReasonEpisodeCeased, ReasonPlacementChange, ReviewParticipation, MissingType, PreviousPermanence,
        Oc3InTouch, Oc3Activity, Oc3Accommodation, ReasonPlacedForAdoptionCeased, SexOfAdopters,
        LegalStatusOfAdopters, SdqReason, SocialWorkerChangeReason,
    ];

    private static readonly Dictionary<string, CodeList> ByColumn = BuildByColumn();

    /// <summary>The code list for a return column (e.g. "LS", "PLACE" or "PL"), case-insensitive; null when the column has none.</summary>
    public static CodeList? ForField(string columnName) => ByColumn.GetValueOrDefault(columnName.Trim());

    private static Dictionary<string, CodeList> BuildByColumn()
    {
        var map = All.ToDictionary(list => list.Field, StringComparer.OrdinalIgnoreCase);
        map["PL"] = PlacementType;
        map["GENDER"] = Sex;
        map["PLACE_PROVIDER"] = PlacementProvider;
        map["PL_PROVIDER"] = PlacementProvider;
        map["ETHNICITY"] = Ethnicity;
        return map;
    }

    private static IEnumerable<(string Code, string Meaning)> Accommodation()
    {
        (string Letter, string Meaning)[] kinds =
        [
            ("B", "With parents or relatives"),
            ("C", "Community home or other residential care (e.g. NHS)"),
            ("D", "Semi-independent or transitional accommodation"),
            ("E", "Supported lodgings"),
            ("G", "Gone abroad"),
            ("H", "Deported"),
            ("K", "Ordinary lodgings without formal support"),
            ("R", "Residence not known"),
            ("T", "Foyer or similar supported accommodation"),
            ("U", "Independent living (e.g. own tenancy)"),
            ("V", "Emergency accommodation"),
            ("W", "Bed and breakfast"),
            ("Y", "Other accommodation"),
            ("Z", "With former foster carers"),
        ];
        foreach (var (letter, meaning) in kinds)
        {
            yield return (letter + "1", meaning + ", suitable");
            yield return (letter + "2", meaning + ", not suitable");
        }
        yield return ("S2", "No fixed abode or homeless, not suitable");
        yield return ("X2", "In custody, not suitable");
        yield return ("0", "No information required (e.g. died, returned home)");
    }
}
