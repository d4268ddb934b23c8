namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// One dated event of a child's journey: what, when, the detail in the return's codes and words (legal status,
/// placement type, category of abuse, exclusion reason...), and the return it was read from.
/// </summary>
/// <param name="Code">The main code behind the event where there is one (legal status C2, placement K2, RAG rating red, SEN type ASD...).</param>
public sealed record JourneyEvent(DateOnly Date, JourneyEventKind Kind, string Detail, string Return, string? Code = null)
{
    public string Words => Kind.Words();
}
