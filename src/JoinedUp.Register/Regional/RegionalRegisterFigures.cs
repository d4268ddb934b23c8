namespace JoinedUp.Register.Regional;

using JoinedUp.Disclosure;

/// <summary>
/// The register for the whole region, pooled and protected by the disclosure control (every count perturbed with the
/// cell key method): what regional analysts and directors see. It holds counts
/// and durations only, never an entry, reference, pseudonym, name or free text. Entries whose consent was withdrawn
/// are left out.
/// </summary>
/// <param name="CurrentByFootprint">Children on the register now: ICS footprint by rating.</param>
/// <param name="MonthlyMovements">Month by month: children entering at each rating and moving between ratings.</param>
/// <param name="TimeAtRatings">Length of completed spells at each rating.</param>
/// <param name="InpatientAdmissions">Children with an inpatient admission recorded: footprint by current rating.</param>
/// <param name="EnteredAt">Children entering the register: year by the rating they entered at (how many entered at green).</param>
public sealed record RegionalRegisterFigures(
    string Region,
    DateOnly From,
    DateOnly To,
    ProtectedTable CurrentByFootprint,
    ProtectedTable MonthlyMovements,
    IReadOnlyList<TimeAtRating> TimeAtRatings,
    ProtectedTable InpatientAdmissions,
    ProtectedTable EnteredAt);
