using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the AD1 table (adoptions): CHILD, DOB, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR.</summary>
public sealed class Ad1Row(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Ad1, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? DateIntText => Values[2];
    public DateOnly? DateInt { get; } = Date(values[2]);
    public string? DateMatchText => Values[3];
    public DateOnly? DateMatch { get; } = Date(values[3]);
    public string? FosterCare => Values[4];
    public string? NbAdoptr => Values[5];
    public string? SexAdoptr => Values[6];
    public string? LsAdoptr => Values[7];
}
