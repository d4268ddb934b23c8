namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// The LA's return for the year before, as the previous-year rules compare with it. From the store it is the region's
/// copy (children by pseudonym, dates of birth to the month, postcodes to the district, no UPN): <see cref="FromStore"/>
/// says so, and a rule that needs what the store does not keep says it compared less. From files uploaded together with
/// this year's it is the return as written.
/// </summary>
/// <param name="Return">The previous year's return, children keyed as <see cref="Ssda903Return.AttachPrevious"/> was told.</param>
/// <param name="Source">Which return was compared with, in words for the report ("Barnet's 2023/24 return, loaded 12/05/2024").</param>
/// <param name="FromStore">True when read from the store (degraded as above), false when read from files.</param>
public sealed record PreviousReturn(Ssda903Return Return, string Source, bool FromStore);
