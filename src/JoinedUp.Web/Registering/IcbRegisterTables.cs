using JoinedUp.Analytics.Tables;
using JoinedUp.Analytics.Views;
using JoinedUp.Disclosure;
using JoinedUp.Register.Icb;

namespace JoinedUp.Web.Registering;

/// <summary>The ICB's monthly register figures as the web's published tables: the same protected counts for the page and CSV/XLSX export.</summary>
public static class IcbRegisterTables
{
    public static IReadOnlyList<string> Names { get; } = ["on-register", "entries-exits", "admissions"];

    public static IReadOnlyList<string> Notes(IcbMonthlyFigures f) =>
    [
        $"The Dynamic Support Register of {f.Area}, month by month from {f.From:d MMMM yyyy} to {f.To:d MMMM yyyy}: what the ICB reports each month.",
        "On the register: children whose entry had begun and not ended by the month's last day, by their rating on that day. Entries whose consent to share was withdrawn are left out.",
        "Admissions: inpatient admissions recorded by health or the LA, of children on the register on the day and not on it; \"admitted after a CETR\" counts those with a community CETR held before admission.",
        DisclosureNotes.For(DisclosureControl.Protected),
    ];

    public static ReportTable Table(IcbMonthlyFigures f, string name) => name switch
    {
        "entries-exits" => RegionalRegisterTables.FromProtected(f.EntriesAndExits, "Children entering and leaving the register, by month", "Month", "All months"),
        "admissions" => RegionalRegisterTables.FromProtected(f.Admissions, "Inpatient admissions of children on and not on the register, and after a CETR, by month", "Month", "All months"),
        _ => RegionalRegisterTables.FromProtected(f.OnRegister, "Children on the register at the end of each month, by rating", "Month", "All months"),
    };

    /// <summary>Why a table is not published, or null when it is.</summary>
    public static string? Withheld(IcbMonthlyFigures f, string name) =>
        f.Sparse.Contains(name) ? SparseTables.Explanation(Table(f, name).Caption) : null;
}
