namespace JoinedUp.Analytics.Tables;

/// <summary>A published cell: the number when it may be shown (null when withheld or not applicable) and its text.</summary>
public sealed record ReportCell(double? Value, string Text);

/// <summary>A row of a published table: its label (an LA, a year, a total) and its cells in header order.</summary>
public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells, bool IsTotal = false);

/// <summary>The numbers behind a chart, as shown on the page and exported to CSV and XLSX; headers include the label column.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<ReportRow> Rows);
