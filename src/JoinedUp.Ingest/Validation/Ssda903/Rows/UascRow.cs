using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the UASC table: CHILD, SEX, DOB, DUC (the date the child stopped being an unaccompanied asylum-seeking child).</summary>
public sealed class UascRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Uasc, file, number, values)
{
    public string? Sex => Values[1];
    public string? DobText => Values[2];
    public DateOnly? Dob { get; } = Date(values[2]);
    public string? DucText => Values[3];
    public DateOnly? Duc { get; } = Date(values[3]);
}
