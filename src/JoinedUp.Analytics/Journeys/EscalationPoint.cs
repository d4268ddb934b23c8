namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// The points of seed 000's journeys at which needs escalate: starting school (reception, the September after the
/// fourth birthday), transfer to secondary school (the September at 11), post-16 (the September after the end of
/// Year 11) and 18 (adulthood, the end of children's services). Dates come from the birth month, the only part of the
/// date of birth the store keeps, so the birthday itself is the first of the month.
/// </summary>
public sealed record EscalationPoint(DateOnly Date, string Name)
{
    public const string StartOfSchool = "Start of school";
    public const string SecondaryTransfer = "Transfer to secondary school (11)";
    public const string PostSixteen = "Post-16 (16+)";
    public const string Adulthood = "Adulthood (18)";

    public static IReadOnlyList<EscalationPoint> For(DateOnly birthMonth)
    {
        // A child born September to December starts school a year later than one born January to August of that year.
        var schoolYearOffset = birthMonth.Month >= 9 ? 1 : 0;
        return
        [
            new(new DateOnly(birthMonth.Year + 4 + schoolYearOffset, 9, 1), StartOfSchool),
            new(new DateOnly(birthMonth.Year + 11 + schoolYearOffset, 9, 1), SecondaryTransfer),
            new(new DateOnly(birthMonth.Year + 16 + schoolYearOffset, 9, 1), PostSixteen),
            new(new DateOnly(birthMonth.Year + 18, birthMonth.Month, 1), Adulthood),
        ];
    }
}
