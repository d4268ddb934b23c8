using JoinedUp.Analytics.Tables;

namespace JoinedUp.Analytics.Views;

/// <summary>One dashboard view as computed for one user's scope and filter: charts, the table behind them, notes.</summary>
public sealed record DashboardView(string Title, string Summary, IReadOnlyList<Chart> Charts, ReportTable Table, IReadOnlyList<string> Notes);
