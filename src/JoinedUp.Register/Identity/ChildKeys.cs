using JoinedUp.Domain.Children;
using JoinedUp.Domain.Pseudonymisation;

namespace JoinedUp.Register.Identity;

/// <summary>
/// How the register knows a child: the keyed hash of "LA code:child ID" (the same pseudonym as the LA's returns, so the
/// entry links to its SSDA903 episodes), the keyed hash of "NHS:NHS number" (for a child known to health first), or
/// both. Neither identifier is ever kept in clear; a duplicate is caught by either hash.
/// </summary>
public sealed record ChildKeys(string? ChildPseudonym, string? NhsPseudonym)
{
    /// <summary>The prefix hashed with an NHS number in place of an LA code; no LA's DfE code is letters.</summary>
    public const string NhsNamespace = "NHS";

    /// <summary>The entry's fixed pseudonym (its record key for the regional figures): the first identifier known.</summary>
    public string Primary => ChildPseudonym ?? NhsPseudonym ?? throw new InvalidOperationException("A child needs an identifier.");

    /// <summary>
    /// Hashes what was given; an NHS number that fails its modulus 11 check, or neither identifier, is refused with a
    /// <see cref="RegisterRuleException"/> that quotes neither.
    /// </summary>
    public static ChildKeys From(ChildPseudonymiser pseudonymiser, string laCode, string? childId, string? nhsNumber)
    {
        var hasChildId = !string.IsNullOrWhiteSpace(childId);
        var hasNhs = !string.IsNullOrWhiteSpace(nhsNumber);
        if (!hasChildId && !hasNhs)
            throw new RegisterRuleException("identifier-required", "Enter the child's NHS number or the LA's child ID (or both).");
        string? nhsPseudonym = null;
        if (hasNhs)
        {
            if (NhsNumbers.Problem(nhsNumber) is { } problem) throw new RegisterRuleException("nhs-number-invalid", problem);
            nhsPseudonym = OfNhsNumber(pseudonymiser, nhsNumber!);
        }
        return new ChildKeys(hasChildId ? pseudonymiser.Pseudonymise(laCode, childId!) : null, nhsPseudonym);
    }

    /// <summary>The hash of a valid NHS number (spaces and hyphens ignored).</summary>
    public static string OfNhsNumber(ChildPseudonymiser pseudonymiser, string nhsNumber) =>
        pseudonymiser.Pseudonymise(NhsNamespace, NhsNumbers.Normalise(nhsNumber) ?? throw new ArgumentException("Not an NHS number.", nameof(nhsNumber)));
}
