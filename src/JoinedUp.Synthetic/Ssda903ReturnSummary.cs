using JoinedUp.Synthetic.InjectedErrors;

namespace JoinedUp.Synthetic;

/// <summary>What was written for one LA's SSDA903 return for one year.</summary>
/// <param name="LaCode">DfE code of the LA.</param>
/// <param name="LaName">Name of the LA.</param>
/// <param name="Year">Collection year (period 1 April Year-1 to 31 March Year).</param>
/// <param name="Children">Rows in header.csv (children looked after at any time in the year and care leavers due an OC3 row, less any left out of the header on purpose).</param>
/// <param name="Episodes">Rows in episodes.csv.</param>
/// <param name="LookedAfterAt31March">Children looked after on 31 March of the year (the census-date count).</param>
/// <param name="InjectedErrors">Exactly how many of each kind of error were planted in the files.</param>
public sealed record Ssda903ReturnSummary(
    string LaCode,
    string LaName,
    int Year,
    int Children,
    int Episodes,
    int LookedAfterAt31March,
    IReadOnlyDictionary<InjectedErrorKind, int> InjectedErrors)
{
    public int Injected(InjectedErrorKind kind) => InjectedErrors.GetValueOrDefault(kind);
}
