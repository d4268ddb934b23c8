using JoinedUp.Disclosure;

namespace JoinedUp.Register.Icb;

/// <summary>
/// What an ICB reports on its register each month, for a footprint or the whole region, every count protected by the
/// disclosure control (cell key method) and a table too sparse to publish withheld whole (<see cref="Sparse"/>).
/// </summary>
/// <param name="OnRegister">Children on the register at the end of each month, by their rating then.</param>
/// <param name="EntriesAndExits">Children entering and leaving the register in each month.</param>
/// <param name="Admissions">Inpatient admissions in each month of children on and not on the register, and of children with a CETR held before admission.</param>
/// <param name="Sparse">The names of tables ("on-register", "entries-exits", "admissions") too sparse to publish at this breakdown.</param>
public sealed record IcbMonthlyFigures(
    string Area,
    DateOnly From,
    DateOnly To,
    ProtectedTable OnRegister,
    ProtectedTable EntriesAndExits,
    ProtectedTable Admissions,
    IReadOnlyList<string> Sparse)
{
    public const string Entered = "entered the register";
    public const string Exited = "left the register";
    public const string AdmittedOnRegister = "admitted, on the register";
    public const string AdmittedNotOnRegister = "admitted, not on the register";
    public const string CetrBeforeAdmission = "admitted after a CETR";
}
