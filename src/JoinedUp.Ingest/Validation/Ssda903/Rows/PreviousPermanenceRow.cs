using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>
/// A row of the PrevPerm table: CHILD, DOB, PREV_PERM, LA_PERM, DATE_PERM. DATE_PERM is text: the DfE allows "zz" for
/// an unknown day or month (zz/mm/yyyy, zz/zz/yyyy).
/// </summary>
public sealed class PreviousPermanenceRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.PreviousPermanence, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? PrevPerm => Values[2];
    public string? LaPerm => Values[3];
    public string? DatePerm => Values[4];
}
