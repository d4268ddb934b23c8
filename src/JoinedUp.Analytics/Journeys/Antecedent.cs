namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// What can come before a high-cost placement in a child's journey, each read from the journey's events: the first
/// such event before the placement counts, and how long before it was.
/// </summary>
public sealed record Antecedent(string Name, Func<JourneyEvent, bool> Matches)
{
    public static IReadOnlyList<Antecedent> All { get; } =
    [
        new("Referral to children's social care", e => e.Kind == JourneyEventKind.CinReferral),
        new("Child in need plan", e => e.Kind == JourneyEventKind.CinPlanStart),
        new("Child protection plan", e => e.Kind == JourneyEventKind.CpPlanStart),
        new("Looked after", e => e.Kind == JourneyEventKind.CareStart),
        new("Short breaks", e => e.Kind == JourneyEventKind.ShortBreak),
        new("EHC needs assessment requested", e => e.Kind == JourneyEventKind.EhcRequest),
        new("EHC plan", e => e.Kind == JourneyEventKind.EhcPlanStart),
        new("Suspension or exclusion", e => e.Kind is JourneyEventKind.Suspension or JourneyEventKind.PermanentExclusion),
        new("Permanent exclusion", e => e.Kind == JourneyEventKind.PermanentExclusion),
        new("Persistent absence", e => e.Kind == JourneyEventKind.PersistentAbsence),
        new("School move", e => e.Kind == JourneyEventKind.SchoolMove),
        new("On the Dynamic Support Register", e => e.Kind == JourneyEventKind.DsrRating),
    ];
}
