using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>A row of the Episodes table: CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN.</summary>
public sealed class EpisodeRow(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Episodes, file, number, values)
{
    public string? DecomText => Values[1];
    public DateOnly? Decom { get; } = Date(values[1]);
    public string? Rne => Values[2];
    public string? Ls => Values[3];
    public string? Cin => Values[4];
    public string? Place => Values[5];
    public string? PlaceProvider => Values[6];
    public string? DecText => Values[7];
    public DateOnly? Dec { get; } = Date(values[7]);
    public string? Rec => Values[8];
    public string? ReasonPlaceChange => Values[9];
    public string? HomePost => Values[10];
    public string? PlPost => Values[11];
    public string? Urn => Values[12];
}
