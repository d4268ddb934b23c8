using System.Globalization;
using JoinedUp.Analytics.Disclosure;

namespace JoinedUp.Analytics.Tables;

/// <summary>Cells from figures, and rates and shares that inherit the suppression of the figures they come from.</summary>
public static class ReportCells
{
    public static ReportCell Count(Figure figure) => new(figure.Published, figure.ToString());

    public static ReportCell Text(string text) => new(null, text);

    /// <summary>numerator / denominator x scale, suppressed when either figure is.</summary>
    public static ReportCell Rate(Figure numerator, double? denominator, double scale, int decimals = 1)
    {
        if (numerator.Suppressed) return new(null, Figure.SuppressedMark);
        if (denominator is not > 0) return new(null, "n/a");
        var value = Math.Round(numerator.Value / denominator.Value * scale, decimals);
        return new(value, value.ToString("N" + decimals, CultureInfo.InvariantCulture));
    }

    public static ReportCell Rate(Figure numerator, Figure denominator, double scale, int decimals = 1) =>
        denominator.Suppressed ? new(null, Figure.SuppressedMark) : Rate(numerator, denominator.Value, scale, decimals);

    /// <summary>The sum of figures as a figure: suppressed if any part is.</summary>
    public static Figure Sum(params Figure[] parts) => new(parts.Sum(p => p.Value), parts.Any(p => p.Suppressed));
}
