namespace JoinedUp.Analytics.Journeys;

/// <summary>What happened on a date of a child's journey, in the words of the returns it comes from.</summary>
public enum JourneyEventKind
{
    /// <summary>CIN census: a referral to children's social care.</summary>
    CinReferral,
    /// <summary>CIN census: a children's social care assessment began.</summary>
    CinAssessment,
    CinPlanStart,
    CinPlanEnd,
    /// <summary>CIN census: a section 47 enquiry began.</summary>
    Section47,
    CpPlanStart,
    CpPlanEnd,
    /// <summary>CIN census: the referral (CIN episode) closed.</summary>
    CinClosed,
    /// <summary>SSDA903: a period of care began (the first episode, or one whose reason for new episode is S).</summary>
    CareStart,
    /// <summary>SSDA903: a short break (looked after under legal status V3 or V4 for a planned short stay).</summary>
    ShortBreak,
    /// <summary>SSDA903: a new placement within a period of care (reason for new episode P or T).</summary>
    PlacementChange,
    /// <summary>SSDA903: the legal status changed with the placement unchanged (reason for new episode L).</summary>
    LegalStatusChange,
    /// <summary>SSDA903: the child ceased to be looked after.</summary>
    CareEnd,
    /// <summary>SEN2: a request for an EHC needs assessment was received.</summary>
    EhcRequest,
    /// <summary>SEN2: the EHC needs assessment's outcome.</summary>
    EhcAssessment,
    EhcPlanStart,
    EhcPlanEnd,
    /// <summary>School census: a suspension (fixed-period exclusion).</summary>
    Suspension,
    /// <summary>School census: a permanent exclusion.</summary>
    PermanentExclusion,
    /// <summary>School census: a term in which the pupil missed 10% or more of possible sessions (persistent absence).</summary>
    PersistentAbsence,
    /// <summary>School census: the pupil is recorded at a school other than the one of their previous record.</summary>
    SchoolMove,
    /// <summary>Dynamic Support Register: entered, or the RAG rating changed.</summary>
    DsrRating,
    /// <summary>Placements snapshot: the child is in a high-cost placement.</summary>
    SnapshotPlacement,
}

/// <summary>The words shown for each kind of event.</summary>
public static class JourneyEventKinds
{
    public static string Words(this JourneyEventKind kind) => kind switch
    {
        JourneyEventKind.CinReferral => "Referral to children's social care",
        JourneyEventKind.CinAssessment => "Social care assessment",
        JourneyEventKind.CinPlanStart => "Child in need plan began",
        JourneyEventKind.CinPlanEnd => "Child in need plan ended",
        JourneyEventKind.Section47 => "Section 47 enquiry",
        JourneyEventKind.CpPlanStart => "Child protection plan began",
        JourneyEventKind.CpPlanEnd => "Child protection plan ended",
        JourneyEventKind.CinClosed => "Children in need case closed",
        JourneyEventKind.CareStart => "Became looked after",
        JourneyEventKind.ShortBreak => "Short break (looked after)",
        JourneyEventKind.PlacementChange => "Placement changed",
        JourneyEventKind.LegalStatusChange => "Legal status changed",
        JourneyEventKind.CareEnd => "Ceased to be looked after",
        JourneyEventKind.EhcRequest => "EHC needs assessment requested",
        JourneyEventKind.EhcAssessment => "EHC needs assessment outcome",
        JourneyEventKind.EhcPlanStart => "EHC plan issued",
        JourneyEventKind.EhcPlanEnd => "EHC plan ceased",
        JourneyEventKind.Suspension => "Suspended from school",
        JourneyEventKind.PermanentExclusion => "Permanently excluded from school",
        JourneyEventKind.PersistentAbsence => "Persistent absence (10% or more of sessions) in the term",
        JourneyEventKind.SchoolMove => "Moved school",
        JourneyEventKind.DsrRating => "Dynamic Support Register rating",
        JourneyEventKind.SnapshotPlacement => "In a high-cost placement (placements snapshot)",
        _ => kind.ToString(),
    };
}
