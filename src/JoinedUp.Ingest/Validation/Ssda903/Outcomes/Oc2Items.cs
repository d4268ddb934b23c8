using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Outcomes;

/// <summary>
/// The four OC2 items every child looked after for 12 months has (IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT,
/// SUBSTANCE_MISUSE), as several DfE rules (182, 191, 544, 547) ask for them together.
/// </summary>
public static class Oc2Items
{
    /// <summary>The first of the four items that is blank, in the table's order, or null when all four are completed.</summary>
    public static string? FirstBlankHealthItem(Oc2Row row) =>
        row.Immunisations is null ? "IMMUNISATIONS"
        : row.TeethCheck is null ? "TEETH_CHECK"
        : row.HealthAssessment is null ? "HEALTH_ASSESSMENT"
        : row.SubstanceMisuse is null ? "SUBSTANCE_MISUSE"
        : null;

    /// <summary>The first of the eight yes/no items (CONVICTED to INTERVENTION_OFFERED) that is completed, or null when all are blank.</summary>
    public static string? FirstCompletedOutcome(Oc2Row row) =>
        row.Convicted is not null ? "CONVICTED"
        : row.HealthCheck is not null ? "HEALTH_CHECK"
        : row.Immunisations is not null ? "IMMUNISATIONS"
        : row.TeethCheck is not null ? "TEETH_CHECK"
        : row.HealthAssessment is not null ? "HEALTH_ASSESSMENT"
        : row.SubstanceMisuse is not null ? "SUBSTANCE_MISUSE"
        : row.InterventionReceived is not null ? "INTERVENTION_RECEIVED"
        : row.InterventionOffered is not null ? "INTERVENTION_OFFERED"
        : null;
}
