using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the OC3 table (care leavers): CHILD, DOB, IN_TOUCH, ACTIV, ACCOM.</summary>
public sealed class Oc3Row(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Oc3, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? InTouch => Values[2];
    public string? Activ => Values[3];
    public string? Accom => Values[4];
}
