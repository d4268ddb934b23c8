using JoinedUp.Ingest.Ssda903;

namespace JoinedUp.Ingest.Validation.Ssda903.Rows;

/// <summary>
/// A row of the OC2 table (outcomes for children looked after for 12 months): CHILD, DOB, SDQ_SCORE, SDQ_REASON,
/// CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED,
/// INTERVENTION_OFFERED.
/// </summary>
public sealed class Oc2Row(string file, int number, string?[] values) : Ssda903Row(Ssda903Tables.Oc2, file, number, values)
{
    public string? DobText => Values[1];
    public DateOnly? Dob { get; } = Date(values[1]);
    public string? SdqScore => Values[2];
    public string? SdqReason => Values[3];
    public string? Convicted => Values[4];
    public string? HealthCheck => Values[5];
    public string? Immunisations => Values[6];
    public string? TeethCheck => Values[7];
    public string? HealthAssessment => Values[8];
    public string? SubstanceMisuse => Values[9];
    public string? InterventionReceived => Values[10];
    public string? InterventionOffered => Values[11];
}
