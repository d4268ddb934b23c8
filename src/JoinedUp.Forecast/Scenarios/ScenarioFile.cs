using System.Text.Json;
using System.Text.Json.Serialization;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>Saves and loads named scenarios as JSON (adjustments carry a "kind": entry, exit, transition or cost).</summary>
public static class ScenarioFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string ToJson(IEnumerable<Scenario> scenarios) => JsonSerializer.Serialize(scenarios.ToList(), Options);

    public static IReadOnlyList<Scenario> FromJson(string json) =>
        JsonSerializer.Deserialize<List<Scenario>>(json, Options) ?? [];

    public static void Save(string path, IEnumerable<Scenario> scenarios) => File.WriteAllText(path, ToJson(scenarios));

    public static IReadOnlyList<Scenario> Load(string path) => File.Exists(path) ? FromJson(File.ReadAllText(path)) : [];
}
