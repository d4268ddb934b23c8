namespace JoinedUp.Domain.Codes;

/// <summary>A validation rule of a statutory return: its code, what it reports, and the table and fields it checks.</summary>
/// <param name="Code">The DfE rule code (e.g. "146"), or a JoinedUp code ("JU01") where the DfE has none.</param>
/// <param name="Message">What the rule reports, in JoinedUp's words.</param>
/// <param name="Table">The return table the rule reports against (Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes).</param>
/// <param name="Fields">The columns the rule checks.</param>
public sealed record RuleDefinition(string Code, string Message, string Table, string[] Fields)
{
    /// <summary>True when the code is the DfE's own rather than a JoinedUp one.</summary>
    public bool IsDfeRule => !Code.StartsWith("JU", StringComparison.Ordinal);
}
