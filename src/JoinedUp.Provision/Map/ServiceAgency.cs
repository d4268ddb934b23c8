namespace JoinedUp.Provision.Map;

/// <summary>The agency that runs or commissions a community service.</summary>
public static class ServiceAgency
{
    public static IReadOnlyList<string> All { get; } = ["social care", "health", "education", "joint", "voluntary sector"];

    public static string? Parse(string text) => All.FirstOrDefault(a => a == text.Trim().ToLowerInvariant());
}
