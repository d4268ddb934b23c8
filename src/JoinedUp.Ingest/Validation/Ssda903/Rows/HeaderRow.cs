using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the Header table: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB.</summary>
public sealed class HeaderRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Header, file, number, values)
{
    public string? Sex => Values[1];
    public string? DobText => Values[2];
    public DateOnly? Dob { get; } = Date(values[2]);
    public string? Ethnic => Values[3];
    public string? Upn => Values[4];
    public string? Mother => Values[5];
    public string? McDobText => Values[6];
    public DateOnly? McDob { get; } = Date(values[6]);
}
