using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Views;

/// <summary>The notes every view carries about how its figures are protected, worded for the viewer.</summary>
public static class DisclosureNotes
{
    public static string For(DisclosureControl disclosure) => disclosure.OwnLa is null
        ? "Figures about LAs, ICSs and the region are protected with small, fixed noise (the ONS cell key method): a count may differ from the true count by up to 3, counts of 1 to 4 are shown as 0 or 5, the same figure always shows the same value, and rows need not add up to their totals. Rates and percentages are computed from the figures shown."
        : "Your own LA's figures are exact. Any figure that includes other LAs' children is protected with small, fixed noise (the ONS cell key method): it may differ by up to 3, and counts of 1 to 4 are shown as 0 or 5.";

    public const string Magnitudes = "c: an average or share about fewer than 10 children (as shown) is not published.";
}
