namespace JoinedUp.Provision.Map;

/// <summary>
/// The needs the seeds' cohort is defined by (autism, a learning disability, SEMH), and the rest. A child's group comes
/// from the snapshot's primary need (SEN type code); an establishment lists the groups it can meet.
/// </summary>
public static class NeedGroup
{
    public const string Autism = "autism";
    public const string LearningDisability = "learning disability";
    public const string Semh = "SEMH";
    public const string Other = "other or not recorded";

    /// <summary>The groups an establishment can say it meets (every establishment meets "other").</summary>
    public static IReadOnlyList<string> Specialist { get; } = [Autism, LearningDisability, Semh];

    public static IReadOnlyList<string> All { get; } = [Autism, LearningDisability, Semh, Other];

    /// <summary>The group of a SEN type code (ASD, SEMH, SLD...).</summary>
    public static string OfSenType(string? senType) => senType?.Trim().ToUpperInvariant() switch
    {
        "ASD" => Autism,
        "SEMH" => Semh,
        "SLD" or "PMLD" or "MLD" => LearningDisability,
        _ => Other,
    };

    public static string? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "autism" or "asd" or "autistic spectrum disorder" => Autism,
        "learning disability" or "ld" => LearningDisability,
        "semh" or "social, emotional and mental health" => Semh,
        _ => null,
    };
}
