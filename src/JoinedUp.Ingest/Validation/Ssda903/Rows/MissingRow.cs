using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the Missing table: CHILD, DOB, MISSING (M missing, A away), MIS_START, MIS_END.</summary>
public sealed class MissingRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Missing, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? Missing => Values[2];
    public string? MisStartText => Values[3];
    public DateOnly? MisStart { get; } = Date(values[3]);
    public string? MisEndText => Values[4];
    public DateOnly? MisEnd { get; } = Date(values[4]);
}
