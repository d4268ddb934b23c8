namespace JoinedUp.Register.Ratings;

/// <summary>
/// The DSR's red-amber-green rating. Green: needs met with support, at risk if it slips; amber: at risk of admission
/// or placement breakdown without more support; red: at immediate risk of admission to a mental health inpatient
/// setting or of family or placement breakdown, needing a CETR (or a Local Area Emergency Protocol meeting) now.
/// </summary>
public enum RagRating
{
    Green = 1,
    Amber = 2,
    Red = 3,
}
