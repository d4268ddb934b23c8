using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Comparison;

/// <summary>
/// An LA user's view beside its comparators: one row for the LA (exact) and one per comparator (protected), the chart
/// of the view's headline measure across them, and notes on how the comparators are counted.
/// </summary>
public sealed record LaComparison(string Heading, ReportTable Table, IReadOnlyList<Chart> Charts, IReadOnlyList<string> Notes);

/// <summary>
/// What a view shows in its comparison: the columns, how to read them from the view as computed for one area (null when
/// the area has no return for it), and which column the chart draws.
/// </summary>
public sealed record ComparisonShape(
    IReadOnlyList<string> Headers,
    Func<Views.DashboardView, Views.Selection, IReadOnlyList<ReportCell>?> Cells,
    int ChartColumn,
    string ChartTitle,
    string ChartUnit,
    string What);
