using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>
/// The columns of the regional placements snapshot: JoinedUp's own name (the template's heading), the labels LAs
/// use for it (matched after <see cref="HeaderNames.Normalise"/>: case, spaces, punctuation, "(£)" and "%" ignored),
/// whether it must be there, and the lists the template's drop-downs offer.
/// </summary>
public static class SnapshotFields
{
    public sealed record Field(string Name, string Label, bool Required, params string[] Aliases);

    public static readonly Field PlacingLa = new("placing_la", "Placing authority", true, "PLACING_AUTHORITY", "PLACING_LOCAL_AUTHORITY", "LA", "LOCAL_AUTHORITY", "LA_CODE", "PLACING_LA_CODE", "BOROUGH");
    public static readonly Field ChildId = new("child_id", "Child ID", true, "CHILD_ID", "CHILD", "CHILDID", "CHILD_IDENTIFIER", "LA_CHILD_ID", "LACHILDID", "CHILD_REFERENCE", "CASE_ID", "ID");
    public static readonly Field Upn = new("upn", "UPN", false, "UNIQUE_PUPIL_NUMBER");
    public static readonly Field BirthDate = new("date_of_birth", "Date of birth", false, "DOB", "BIRTH_DATE");
    public static readonly Field Age = new("age", "Age", false, "AGE_YEARS", "AGE_AT_SNAPSHOT", "CURRENT_AGE");
    public static readonly Field Gender = new("gender", "Gender", true, "SEX");
    public static readonly Field Ethnicity = new("ethnicity", "Ethnicity", false, "ETHNIC", "ETHNIC_GROUP", "ETHNICITY_CODE");
    public static readonly Field PlacementStart = new("placement_start", "Placement start date", true, "PLACEMENT_START_DATE", "START_DATE", "DATE_PLACED", "DATE_PLACEMENT_STARTED");
    public static readonly Field PlacementType = new("placement_type", "Placement type", true, "TYPE_OF_PLACEMENT", "PLACEMENT_CATEGORY", "SETTING_TYPE");
    public static readonly Field Provider = new("provider", "Provider", false, "PROVIDER_NAME", "PROVIDER_ESTABLISHMENT", "ESTABLISHMENT", "ESTABLISHMENT_NAME");
    public static readonly Field Urn = new("urn", "URN", false, "OFSTED_URN", "ESTABLISHMENT_URN", "PROVIDER_URN");
    public static readonly Field HostAuthority = new("host_authority", "Host authority", false, "HOST_LA", "HOST_LOCAL_AUTHORITY", "LOCATION_LA", "PLACEMENT_LA");
    public static readonly Field Sourcing = new("sourcing", "How the placement was sourced", false, "HOW_THE_PLACEMENT_WAS_SOURCED", "HOW_SOURCED", "SOURCING_ROUTE", "PROCUREMENT_ROUTE", "COMMISSIONING_ROUTE");
    public static readonly Field WeeklyCost = new("weekly_cost", "Weekly cost (£)", true, "TOTAL_WEEKLY_COST", "COST_PER_WEEK", "WEEKLY_PLACEMENT_COST", "TOTAL_COST_PER_WEEK");
    public static readonly Field SocialCareShare = new("social_care_share", "Social care contribution %", true, "SOCIAL_CARE_CONTRIBUTION", "SOCIAL_CARE", "SOCIAL_CARE_COST", "CSC_CONTRIBUTION", "SOCIAL_CARE_PERCENT", "SOCIAL_CARE_PERCENTAGE");
    public static readonly Field EducationShare = new("education_share", "Education contribution %", true, "EDUCATION_CONTRIBUTION", "EDUCATION", "EDUCATION_COST", "EDUCATION_PERCENT", "EDUCATION_PERCENTAGE");
    public static readonly Field HealthShare = new("health_share", "Health contribution %", true, "HEALTH_CONTRIBUTION", "HEALTH", "HEALTH_COST", "HEALTH_PERCENT", "HEALTH_PERCENTAGE");
    public static readonly Field PrimaryNeed = new("primary_need", "Primary need", false, "PRIMARY_SEN_NEED", "PRIMARY_NEED_TYPE", "PRIMARY_SEN_TYPE");
    public static readonly Field SecondaryNeed = new("secondary_need", "Secondary need", false, "SECONDARY_SEN_NEED", "SECONDARY_NEED_TYPE", "SECONDARY_SEN_TYPE");
    public static readonly Field Status = new("status", "LAC / CIN / CP status", false, "LAC_CIN_CP_STATUS", "LAC_CIN_CP", "CHILD_STATUS", "SOCIAL_CARE_STATUS", "LEGAL_STATUS");
    public static readonly Field MissingEducation = new("excluded_or_missing_education", "Excluded or missing education", false, "EXCLUDED_OR_MISSING_EDUCATION", "EXCLUDED_MISSING_EDUCATION", "MISSING_EDUCATION", "EXCLUDED");
    public static readonly Field Challenging = new("behaviour_that_challenges", "Behaviour that challenges", false, "CHALLENGING_BEHAVIOUR");
    public static readonly Field Camhs = new("known_to_camhs", "Known to CAMHS", false, "CAMHS", "KNOWN_TO_CAMHS");

    public static IReadOnlyList<Field> All { get; } =
    [
        PlacingLa, ChildId, Upn, BirthDate, Age, Gender, Ethnicity, PlacementStart, PlacementType, Provider, Urn, HostAuthority, Sourcing,
        WeeklyCost, SocialCareShare, EducationShare, HealthShare, PrimaryNeed, SecondaryNeed, Status, MissingEducation, Challenging, Camhs,
    ];

    public static int IndexOf(Field field)
    {
        for (var i = 0; i < All.Count; i++)
            if (ReferenceEquals(All[i], field)) return i;
        return -1;
    }

    /// <summary>Column index of each field for a heading row (-1 where absent); null if the headings are not a snapshot's.</summary>
    public static int[]? Map(IReadOnlyList<string> headings)
    {
        var map = new int[All.Count];
        Array.Fill(map, -1);
        for (var column = 0; column < headings.Count; column++)
        {
            var normal = HeaderNames.Normalise(headings[column]);
            for (var f = 0; f < All.Count; f++)
            {
                var field = All[f];
                if (map[f] >= 0) continue;
                if (normal == HeaderNames.Normalise(field.Name) || normal == HeaderNames.Normalise(field.Label) || field.Aliases.Contains(normal))
                {
                    map[f] = column;
                    break;
                }
            }
        }
        // A snapshot is told apart by its cost columns and child ID; SSDA903 tables have neither.
        return map[IndexOf(WeeklyCost)] >= 0 && map[IndexOf(ChildId)] >= 0 ? map : null;
    }

    public const string ResidentialSpecialSchool = "residential special school";

    /// <summary>Placement types (the template's drop-down) and the other ways LAs write them.</summary>
    public static IReadOnlyDictionary<string, string> PlacementTypes { get; } = Words(
        (ResidentialSpecialSchool, ["RSS", "RESIDENTIAL SCHOOL", "RESIDENTIAL SPECIAL SCHOOLS", "S1"]),
        ("children's home", ["CHILDRENS HOME", "CHILDREN HOME", "RESIDENTIAL CHILDREN'S HOME", "RESIDENTIAL", "K2", "R1"]),
        ("secure", ["SECURE UNIT", "SECURE CHILDREN'S HOME", "SECURE WELFARE", "K1"]),
        ("supported accommodation", ["SEMI-INDEPENDENT", "SEMI INDEPENDENT", "SEMI-INDEPENDENT LIVING", "SUPPORTED LODGINGS", "H5", "P2"]),
        ("fostering", ["FOSTER CARE", "FOSTER", "IFA", "INDEPENDENT FOSTERING"]),
        ("tier 4 inpatient", ["TIER 4", "INPATIENT", "HOSPITAL", "MENTAL HEALTH INPATIENT", "R2"]),
        ("other", []));

    public static IReadOnlyDictionary<string, string> Sourcings { get; } = Words(
        ("spot purchase", ["SPOT", "SPOT PURCHASED"]),
        ("framework", ["FRAMEWORK CONTRACT", "DPS", "DYNAMIC PURCHASING SYSTEM"]),
        ("block contract", ["BLOCK", "BLOCK BOOKED"]),
        ("in-house", ["IN HOUSE", "OWN PROVISION"]),
        ("other", []));

    public static IReadOnlyDictionary<string, string> Statuses { get; } = Words(
        ("LAC", ["LOOKED AFTER", "CLA", "CHILD LOOKED AFTER", "LOOKED AFTER CHILD"]),
        ("CP", ["CHILD PROTECTION", "CPP", "CP PLAN"]),
        ("CIN", ["CHILD IN NEED", "CIN PLAN"]),
        ("other", ["NONE", "EHCP ONLY"]));

    public static IReadOnlyDictionary<string, string> YesNo { get; } = Words(("Y", ["YES", "TRUE", "1"]), ("N", ["NO", "FALSE", "0"]), ("unknown", ["U", "NOT KNOWN", "DON'T KNOW"]));

    private static Dictionary<string, string> Words(params (string Value, string[] Others)[] lists)
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, others) in lists)
        {
            words[value] = value;
            foreach (var other in others) words[other] = value;
        }
        return words;
    }
}
