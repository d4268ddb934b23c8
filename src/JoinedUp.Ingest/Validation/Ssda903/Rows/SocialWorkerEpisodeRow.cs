using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the SWEpisodes table (from 2023/24): CHILD, DOB, SW_ID, SW_DECOM, SW_DEC, SW_REASON.</summary>
public sealed class SocialWorkerEpisodeRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.SocialWorkerEpisodes, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? SwId => Values[2];
    public string? SwDecomText => Values[3];
    public DateOnly? SwDecom { get; } = Date(values[3]);
    public string? SwDecText => Values[4];
    public DateOnly? SwDec { get; } = Date(values[4]);
    public string? SwReason => Values[5];
}
