namespace JoinedUp.Review.Framework;

/// <summary>What a framework version must be before it is saved: checked whole, so a refused edit changes nothing.</summary>
public static class FrameworkRules
{
    public const int AreaCount = 7;
    public const int MaxText = 2000;

    public static void Check(FrameworkDefinition definition)
    {
        if (definition.Scale.Count is < 2 or > 6)
            throw new ReviewRuleException("framework-scale", $"The rating scale needs 2 to 6 levels, not {definition.Scale.Count}.");
        for (var i = 0; i < definition.Scale.Count; i++)
        {
            var level = definition.Scale[i];
            if (level.Value != i + 1) throw new ReviewRuleException("framework-scale", $"Rating level {i + 1} must have the value {i + 1}.");
            Text(level.Label, $"Rating level {level.Value}: label", 80);
            Text(level.Descriptor, $"Rating level {level.Value}: descriptor", MaxText);
        }
        if (definition.Areas.Count != AreaCount)
            throw new ReviewRuleException("framework-areas", $"The framework has the seven areas of commissioning; this one has {definition.Areas.Count}.");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in definition.Areas)
        {
            Text(area.Title, $"Area {area.Number}: title", 200);
            if (area.Statements.Count == 0)
                throw new ReviewRuleException("framework-statements", $"Area {area.Number} ({area.Title}) needs at least one statement.");
            foreach (var s in area.Statements)
            {
                if (!s.Key.StartsWith(area.Number + ".", StringComparison.Ordinal) || !keys.Add(s.Key))
                    throw new ReviewRuleException("framework-statement-key", $"Statement key '{s.Key}' in area {area.Number} must start with '{area.Number}.' and be used once.");
                Text(s.Text, $"Statement {s.Key}: text", MaxText);
                Text(s.EvidenceExpected, $"Statement {s.Key}: evidence expected", MaxText);
            }
        }
    }

    private static void Text(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ReviewRuleException("framework-text-required", $"{field} is required.");
        if (value.Length > max) throw new ReviewRuleException("framework-text-length", $"{field} is {value.Length} characters; at most {max} are allowed.");
    }
}
