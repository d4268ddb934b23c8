namespace JoinedUp.Provision.Map;

/// <summary>Whom a setting is registered to care for.</summary>
public static class Sexes
{
    public const string Mixed = "mixed";
    public const string Male = "male";
    public const string Female = "female";

    public static IReadOnlyList<string> All { get; } = [Mixed, Male, Female];

    public static string? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "mixed" or "any" => Mixed,
        "male" or "boys" => Male,
        "female" or "girls" => Female,
        _ => null,
    };
}
