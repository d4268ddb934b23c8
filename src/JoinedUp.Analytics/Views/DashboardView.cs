using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Views;

/// <summary>
/// One dashboard view as computed for one user's scope and filter: charts, the table behind them, notes. Refusal says
/// why the table is not released at this breakdown (sparse tables, see JoinedUp.Disclosure.SparseTables); the table
/// then has its headers and no rows.
/// For an LA user, <see cref="Comparison"/> shows the LA beside its ICS, region and statistical neighbours.
/// </summary>
public sealed record DashboardView(string Title, string Summary, IReadOnlyList<Chart> Charts, ReportTable Table, IReadOnlyList<string> Notes, string? Refusal = null)
{
    public Comparison.LaComparison? Comparison { get; init; }
}
