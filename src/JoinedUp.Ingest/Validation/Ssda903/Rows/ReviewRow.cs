using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the Reviews table: CHILD, DOB, REVIEW, REVIEW_CODE.</summary>
public sealed class ReviewRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Reviews, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? ReviewText => Values[2];
    public DateOnly? Review { get; } = Date(values[2]);
    public string? ReviewCode => Values[3];
}
