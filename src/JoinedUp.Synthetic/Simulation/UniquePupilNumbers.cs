namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// Unique pupil numbers in the DfE's format: a check letter, the 3-digit LA code, a 4-digit establishment number,
/// the 2-digit year of allocation and a 3-digit serial. The check letter is computed as the DfE specifies
/// (weights 2 to 13, modulo 23, letters without I, O and S).
/// </summary>
internal static class UniquePupilNumbers
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>UPN code for a child who has no UPN because they are under school age.</summary>
    public const string NotYetAllocated = "UN1";

    public static string Create(string laCode, int allocationYear, Random rng)
    {
        var body = $"{laCode}{rng.Next(1000, 10000)}{allocationYear % 100:D2}{rng.Next(0, 1000):D3}";
        return CheckLetterFor(body) + body;
    }

    public static char CheckLetterFor(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++) sum += (twelveDigits[i] - '0') * (i + 2);
        return CheckLetters[sum % 23];
    }
}
