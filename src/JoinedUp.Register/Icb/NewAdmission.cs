namespace JoinedUp.Register.Icb;

/// <summary>
/// An admission to a mental health inpatient setting, recorded by health or the LA for a child on the register or not:
/// the child's LA, the NHS number and/or the LA's child ID (hashed at once), the date, and whether a community CETR was
/// held before it (for a child on the register, a CETR recorded as held on or before the date counts too).
/// </summary>
public sealed record NewAdmission(string LaCode, string? NhsNumber, string? ChildId, DateOnly AdmittedOn, bool CetrHeldBefore);
