using System.Text.Json;
using System.Text.Json.Serialization;

namespace JoinedUp.Review.Framework;

/// <summary>
/// One version of the commissioning review framework: the rating scale with its descriptors and the seven areas of
/// commissioning, each with its statements and the evidence expected for them. A version is never changed once saved:
/// editing makes a new version, and a review keeps the version it was opened with.
/// </summary>
public sealed record FrameworkDefinition(IReadOnlyList<RatingLevel> Scale, IReadOnlyList<FrameworkArea> Areas)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public IEnumerable<FrameworkStatement> Statements => Areas.SelectMany(a => a.Statements);

    public FrameworkStatement? Statement(string key) => Statements.FirstOrDefault(s => s.Key == key);

    public FrameworkArea AreaOf(string key) => Areas.First(a => a.Statements.Any(s => s.Key == key));

    public RatingLevel? Level(int value) => Scale.FirstOrDefault(l => l.Value == value);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FrameworkDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<FrameworkDefinition>(json, Json) ?? throw new InvalidDataException("A stored framework version is empty.");
}

/// <summary>One of the seven areas of commissioning (NDTi's review framework, seed 002).</summary>
public sealed record FrameworkArea(int Number, string Title, string Summary, IReadOnlyList<FrameworkStatement> Statements);

/// <summary>A statement partners rate, keyed "area.number" (e.g. "3.2"); a key is never given to another statement.</summary>
public sealed record FrameworkStatement(string Key, string Text, string EvidenceExpected);

/// <summary>A point of the rating scale: its value (1 lowest), a short label and what it looks like in practice.</summary>
public sealed record RatingLevel(int Value, string Label, string Descriptor);
