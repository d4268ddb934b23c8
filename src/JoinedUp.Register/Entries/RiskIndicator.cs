namespace JoinedUp.Register.Entries;

/// <summary>The structured risk indicators of a DSR entry (the list; seed 000, "Managing emerging crisis").</summary>
public enum RiskIndicator
{
    SchoolPlacementBreakdownOrExclusion,
    PeriodsOutOfSchool,
    AccidentAndEmergencyAttendance,
    SelfHarm,
    CamhsInvolvement,
    FamilyAtRiskOfNotCoping,
    PlacementBreakdown,
    ExploitationOrPoliceContact,
    InpatientAdmission,
    AwaitingDiagnosis,
}
