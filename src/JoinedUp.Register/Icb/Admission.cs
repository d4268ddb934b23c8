namespace JoinedUp.Register.Icb;

/// <summary>A recorded inpatient admission: whether the child was on the register on the day, and whether a CETR was held before it.</summary>
public sealed record Admission(long Id, string LaCode, DateOnly AdmittedOn, bool OnRegister, bool CetrBefore, long? EntryId);
