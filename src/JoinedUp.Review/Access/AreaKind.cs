namespace JoinedUp.Review.Access;

/// <summary>The kind of area a review is about: one LA, or an ICS footprint.</summary>
public enum AreaKind
{
    La,
    Ics,
}
