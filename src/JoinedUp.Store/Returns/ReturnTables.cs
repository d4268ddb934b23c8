namespace JoinedUp.Store.Returns;

/// <summary>
/// The typed tables that the CIN census, SEN2 and placements snapshot readers fill through
/// <see cref="JoinedUp.Domain.Returns.ISubmissionWriter.AddRow"/>: each table's columns in the order readers give values
/// (submission_id comes first in the store and is not listed). Created by migration 2.
/// </summary>
public static class ReturnTables
{
    /// <summary>A second pseudonymous identifier of a child: the HMAC of the UPN, used to link returns that do not share the LA's child ID.</summary>
    public const string ChildUpn = "child_upn";

    /// <summary>One CIN episode (referral) of the CIN census with the dates of its assessments, plans and enquiries.</summary>
    public const string CinReferral = "cin_referral";

    /// <summary>One request for an EHC needs assessment in SEN2, its assessment and the plan that followed.</summary>
    public const string Sen2Request = "sen2_request";

    /// <summary>One ranked special educational need (SEN type) of a child's active EHC plan in SEN2.</summary>
    public const string Sen2Need = "sen2_need";

    /// <summary>One child's high-cost placement in the regional placements snapshot.</summary>
    public const string SnapshotPlacement = "snapshot_placement";

    /// <summary>One exclusion (permanent or suspension) from the school census exclusions module (migration 10).</summary>
    public const string SchoolExclusion = "school_exclusion";

    /// <summary>One term's attendance at one school from the school census termly attendance module (migration 10).</summary>
    public const string SchoolAttendance = "school_attendance";

    public static IReadOnlyDictionary<string, string[]> Columns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [ChildUpn] = ["pseudonym", "upn_pseudonym"],
        [CinReferral] = ["pseudonym", "referral_date", "referral_source", "primary_need", "closure_date", "closure_reason", "referral_nfa",
            "disabilities", "assessments", "assessment_start", "assessment_authorised", "assessment_factors", "cin_plan_start", "cin_plan_end",
            "section47s", "section47_start", "initial_cpc_date", "cp_plan_start", "cp_plan_end", "initial_category_of_abuse",
            "latest_category_of_abuse", "previous_cp_plans", "row_number"],
        [Sen2Request] = ["pseudonym", "received_date", "request_outcome", "request_outcome_date", "assessment_outcome", "assessment_outcome_date",
            "plan_start", "weeks_to_plan", "within_20_weeks", "week20_exception", "plan_cease_date", "plan_cease_reason", "establishment_type",
            "urn", "row_number"],
        [Sen2Need] = ["pseudonym", "sen_type", "sen_type_rank", "row_number"],
        [SnapshotPlacement] = ["pseudonym", "placing_la", "age", "sex", "ethnicity", "placement_start", "placement_type", "provider", "urn",
            "host_authority", "sourcing", "weekly_cost", "social_care_cost", "education_cost", "health_cost", "primary_need", "secondary_need",
            "status", "excluded_or_missing_education", "behaviour_that_challenges", "known_to_camhs", "row_number"],
        [SchoolExclusion] = ["pseudonym", "urn", "start_date", "category", "reason", "sessions", "row_number"],
        [SchoolAttendance] = ["pseudonym", "urn", "academic_year", "term", "term_start", "sessions_possible", "sessions_authorised",
            "sessions_unauthorised", "row_number"],
    };
}
