using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the PlacedAdoption table (decisions to place for adoption): CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED.</summary>
public sealed class PlacedForAdoptionRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.PlacedForAdoption, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? DatePlacedText => Values[2];
    public DateOnly? DatePlaced { get; } = Date(values[2]);
    public string? DatePlacedCeasedText => Values[3];
    public DateOnly? DatePlacedCeased { get; } = Date(values[3]);
    public string? ReasonPlacedCeased => Values[4];
}
