namespace JoinedUp.Register.Entries;

/// <summary>The agencies around a child on the register: health, social care and education own the DSR jointly.</summary>
public enum Agency
{
    SocialCare,
    EducationSend,
    School,
    Camhs,
    CommunityPaediatrics,
    LearningDisabilityTeam,
    PrimaryCare,
    ShortBreaks,
    YouthJustice,
    Police,
    VoluntarySector,
    Other,
}
