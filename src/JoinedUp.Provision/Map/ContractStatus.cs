namespace JoinedUp.Provision.Map;

/// <summary>How places at a setting are bought: spot purchase per child, call-off from a framework, or a block contract.</summary>
public static class ContractStatus
{
    public const string Spot = "spot purchase";
    public const string Framework = "framework";
    public const string Block = "block contract";

    public static IReadOnlyList<string> All { get; } = [Spot, Framework, Block];

    /// <summary>The status named in a file or the snapshot's sourcing column ("spot", "spot purchase", "block"...).</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "spot" or "spot purchase" or "spot-purchase" => Spot,
        "framework" => Framework,
        "block" or "block contract" => Block,
        _ => null,
    };
}
