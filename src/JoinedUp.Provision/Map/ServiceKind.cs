namespace JoinedUp.Provision.Map;

/// <summary>The community services of the seed's Service Mapping Tool that keep children out of crisis and close to home.</summary>
public static class ServiceKind
{
    public const string ShortBreaks = "short breaks";
    public const string Keyworking = "keyworking";
    public const string IntensiveSupport = "intensive support";
    public const string PositiveBehaviourSupport = "positive behaviour support";
    public const string NeurodevelopmentalCamhs = "neurodevelopmental CAMHS";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [ShortBreaks, Keyworking, IntensiveSupport, PositiveBehaviourSupport, NeurodevelopmentalCamhs, Other];

    public static string? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        return All.FirstOrDefault(k => k.ToLowerInvariant() == t) ?? t switch
        {
            "pbs" => PositiveBehaviourSupport,
            "nd camhs" or "neurodevelopmental camhs" => NeurodevelopmentalCamhs,
            "intensive support team" => IntensiveSupport,
            _ => null,
        };
    }
}
