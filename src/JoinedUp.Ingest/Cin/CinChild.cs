namespace JoinedUp.Ingest.Cin;

/// <summary>One &lt;Child&gt; of the CIN census as read from the file, identifiers still in clear (never stored as such).</summary>
public sealed class CinChild
{
    /// <summary>Position of the child among the file's &lt;Child&gt; elements (1-based), and the line it starts on.</summary>
    public int Number { get; init; }
    public int Line { get; init; }
    public string? LaChildId { get; set; }
    public string? Upn { get; set; }
    public string? UpnUnknown { get; set; }
    public string? BirthDate { get; set; }
    public string? ExpectedBirthDate { get; set; }
    /// <summary>GenderCurrent (1, 2, 0, 9) up to 2025; Sex (M, F, U) from 2026.</summary>
    public string? Sex { get; set; }
    public string? Ethnicity { get; set; }
    public List<string> Disabilities { get; } = [];
    public List<CinReferral> Referrals { get; } = [];
}

/// <summary>One &lt;CINdetails&gt;: a CIN episode from referral to closure, with what happened in it.</summary>
public sealed class CinReferral
{
    public int Line { get; init; }
    public string? ReferralDate { get; set; }
    public string? ReferralSource { get; set; }
    public string? PrimaryNeed { get; set; }
    public string? ClosureDate { get; set; }
    public string? ReasonForClosure { get; set; }
    public string? DateOfInitialCpc { get; set; }
    public string? ReferralNfa { get; set; }
    public List<CinAssessment> Assessments { get; } = [];
    public List<CinPlanPeriod> CinPlans { get; } = [];
    public List<Section47Enquiry> Section47s { get; } = [];
    public List<ChildProtectionPlan> ProtectionPlans { get; } = [];
}

public sealed class CinAssessment
{
    public string? Start { get; set; }
    public string? InternalReview { get; set; }
    public string? Authorised { get; set; }
    public List<string> Factors { get; } = [];
}

public sealed class CinPlanPeriod
{
    public string? Start { get; set; }
    public string? End { get; set; }
}

public sealed class Section47Enquiry
{
    public string? Start { get; set; }
    public string? InitialCpcTarget { get; set; }
    public string? DateOfInitialCpc { get; set; }
    public string? IcpcNotRequired { get; set; }
}

public sealed class ChildProtectionPlan
{
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? InitialCategoryOfAbuse { get; set; }
    public string? LatestCategoryOfAbuse { get; set; }
    public string? NumberOfPreviousPlans { get; set; }
    public List<string> Reviews { get; } = [];
}
