using System.Globalization;
using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Tables;

/// <summary>Cells from published figures, and rates and shares computed from the published (protected) figures only.</summary>
public static class ReportCells
{
    public static ReportCell Count(Figure figure) => new(figure.Value, figure.ToString());

    public static ReportCell Text(string text) => new(null, text);

    public static ReportCell Withheld { get; } = new(null, Figure.WithheldMark);

    /// <summary>numerator / denominator x scale, from the figures as shown; "n/a" without a denominator.</summary>
    public static ReportCell Rate(Figure numerator, double? denominator, double scale, int decimals = 1)
    {
        if (denominator is not > 0) return new(null, "n/a");
        var value = Math.Round(numerator.Value / denominator.Value * scale, decimals);
        return new(value, value.ToString("N" + decimals, CultureInfo.InvariantCulture));
    }

    public static ReportCell Rate(Figure numerator, Figure denominator, double scale, int decimals = 1) => Rate(numerator, denominator.Value, scale, decimals);

    /// <summary>A magnitude (an average cost, a share of cost, an average age) about a group of children, shown only where <see cref="DisclosureControl.ShowsMagnitude"/> allows.</summary>
    public static ReportCell Magnitude(double? value, Figure children, int decimals)
    {
        if (value is null || !DisclosureControl.ShowsMagnitude(children)) return Withheld;
        var rounded = Math.Round(value.Value, decimals);
        return new(rounded, rounded.ToString("N" + decimals, CultureInfo.InvariantCulture));
    }
}
