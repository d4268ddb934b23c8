namespace JoinedUp.Analytics.Journeys;

/// <summary>An SSDA903 episode of care: legal status, placement and why it began and ended.</summary>
public sealed record CareEpisodeFact(DateOnly Start, DateOnly? End, string? ReasonNewEpisode, string? LegalStatus, string? CategoryOfNeed, string? PlacementType, string? ReasonCeased);

/// <summary>A CIN census referral (CIN episode) with its assessment, plans and enquiries.</summary>
public sealed record CinReferralFact(DateOnly Referral, string? PrimaryNeed, DateOnly? Closed, DateOnly? AssessmentStart, DateOnly? CinPlanStart, DateOnly? CinPlanEnd,
    DateOnly? Section47Start, DateOnly? CpPlanStart, DateOnly? CpPlanEnd, string? InitialCategoryOfAbuse, string? LatestCategoryOfAbuse, string? Disabilities);

/// <summary>A SEN2 request for an EHC needs assessment, its outcome and the plan.</summary>
public sealed record EhcRequestFact(DateOnly Received, string? AssessmentOutcome, DateOnly? AssessmentOutcomeDate, DateOnly? PlanStart, DateOnly? PlanCeased, string? Setting);

/// <summary>A school census exclusion: PERM (permanent) or SUSP (suspension), its reason and sessions.</summary>
public sealed record ExclusionFact(DateOnly Start, string Category, string Reason, int? Sessions, string? Urn);

/// <summary>A term's attendance at one school: sessions possible and missed.</summary>
public sealed record AttendanceFact(DateOnly TermStart, string AcademicYear, string Term, string? Urn, int Possible, int Authorised, int Unauthorised)
{
    /// <summary>Persistent absence as the DfE defines it: 10% or more of possible sessions missed.</summary>
    public bool PersistentlyAbsent => Possible > 0 && (Authorised + Unauthorised) * 10 >= Possible;
}

/// <summary>A Dynamic Support Register rating from a date (the entry's first rating, then every change).</summary>
public sealed record DsrRatingFact(DateOnly On, string Rating);

/// <summary>A placements snapshot row: the high-cost placement the child was in at the snapshot's date.</summary>
public sealed record SnapshotFact(int Year, DateOnly? PlacementStart, string PlacementType, double WeeklyCost, string? PrimaryNeed);

/// <summary>A ranked SEN type of the child's EHC plan in a SEN2 return year.</summary>
public sealed record SenNeedFact(int Year, string SenType, int Rank);
