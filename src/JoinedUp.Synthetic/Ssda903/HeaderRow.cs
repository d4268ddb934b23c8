namespace JoinedUp.Synthetic.Ssda903;

/// <summary>One row of the SSDA903 header table, before formatting (DOB can be changed by error injection).</summary>
internal sealed class HeaderRow
{
    public required string Child { get; init; }
    public required int Sex { get; init; }
    public required DateOnly DateOfBirth { get; set; }
    public required string Ethnicity { get; init; }
    public required string Upn { get; init; }
    public string? Mother { get; init; }
    public DateOnly? ChildOfMotherBorn { get; init; }
}
