using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>What the care-leaver (OC3) rules ask of a row: is any of the care leaver information given.</summary>
internal static class CareLeaverRows
{
    /// <summary>True when any of IN_TOUCH, ACTIV or ACCOM is given.</summary>
    public static bool AnyGiven(Oc3Row row) => row.InTouch is not null || row.Activ is not null || row.Accom is not null;

    /// <summary>The field to report a "should not be given" failure on: the first of IN_TOUCH, ACTIV, ACCOM that is given.</summary>
    public static string FirstGiven(Oc3Row row) => row.InTouch is not null ? "IN_TOUCH" : row.Activ is not null ? "ACTIV" : "ACCOM";

    /// <summary>The child's date of birth: the OC3 row's own, else the Header's.</summary>
    public static DateOnly? Dob(ChildReturn child, Oc3Row row) => row.Dob ?? child.Dob;
}
