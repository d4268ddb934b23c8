namespace JoinedUp.Analytics.Disclosure;

/// <summary>
/// Small-number suppression for counts of children (DESIGN.md: every regional figure of fewer than 5 children, and
/// the next-smallest cell that would reveal it, is withheld).
/// Primary: every count below <see cref="Threshold"/> (zero included) is suppressed, totals too.
/// Secondary: a row, column or margin with a suppressed figure must hold at least two suppressed figures that are not
/// zero, otherwise subtraction from its total (and counts never being negative) gives the figure away; so the
/// smallest published non-zero figure of such a line is suppressed as well; and a suppressed figure that lies on no
/// cycle of suppressed figures is protected by joining its two sides (see <see cref="ProtectBridges"/>). Both steps
/// repeat until nothing changes. Each line is the cells of a row (or column) together with its total; the total row and total
/// column are lines too, ending in the grand total.
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;

    public static bool IsPrimary(long count) => count < Threshold;

    /// <summary>A single count published on its own (no table around it).</summary>
    public static Figure Single(long count) => new(count, IsPrimary(count));

    /// <summary>Suppresses a table of counts given as rows of equal length; totals are computed from the cells.</summary>
    public static SuppressedTable Apply(IReadOnlyList<IReadOnlyList<long>> rows)
    {
        var rowCount = rows.Count;
        var columnCount = rowCount == 0 ? 0 : rows[0].Count;
        if (rows.Any(r => r.Count != columnCount)) throw new ArgumentException("Every row of the table must have the same number of cells.", nameof(rows));

        // The extended grid: row rowCount holds the column totals, column columnCount the row totals.
        var value = new long[rowCount + 1, columnCount + 1];
        for (var r = 0; r < rowCount; r++)
            for (var c = 0; c < columnCount; c++)
            {
                var v = rows[r][c];
                if (v < 0) throw new ArgumentException("Counts cannot be negative.", nameof(rows));
                value[r, c] = v;
                value[r, columnCount] += v;
                value[rowCount, c] += v;
                value[rowCount, columnCount] += v;
            }

        var hidden = new bool[rowCount + 1, columnCount + 1];
        for (var r = 0; r <= rowCount; r++)
            for (var c = 0; c <= columnCount; c++)
                hidden[r, c] = IsPrimary(value[r, c]);

        var lines = Lines(rowCount, columnCount);
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (!line.Any(p => hidden[p.Row, p.Column])) continue;
                if (line.Count(p => hidden[p.Row, p.Column] && value[p.Row, p.Column] > 0) >= 2) continue;
                // Prefer the smallest published non-zero inner cell; the line's total (its last member) only when none is left.
                var candidates = line.Take(line.Count - 1).Where(p => !hidden[p.Row, p.Column] && value[p.Row, p.Column] > 0).ToList();
                if (candidates.Count == 0 && !hidden[line[^1].Row, line[^1].Column] && value[line[^1].Row, line[^1].Column] > 0) candidates = [line[^1]];
                if (candidates.Count == 0) continue;
                var next = candidates.OrderBy(p => value[p.Row, p.Column]).ThenBy(p => p.Row).ThenBy(p => p.Column).First();
                hidden[next.Row, next.Column] = true;
                changed = true;
            }
            if (!changed) changed = ProtectBridges(value, hidden, rowCount, columnCount);
        } while (changed);

        var cells = new Figure[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
            for (var c = 0; c < columnCount; c++)
                cells[r, c] = new Figure(value[r, c], hidden[r, c]);
        var rowTotals = Enumerable.Range(0, rowCount).Select(r => new Figure(value[r, columnCount], hidden[r, columnCount])).ToArray();
        var columnTotals = Enumerable.Range(0, columnCount).Select(c => new Figure(value[rowCount, c], hidden[rowCount, c])).ToArray();
        return new SuppressedTable(cells, rowTotals, columnTotals, new Figure(value[rowCount, columnCount], hidden[rowCount, columnCount]));
    }

    private readonly record struct Position(int Row, int Column);

    /// <summary>Every additive line of the extended grid: members first, the total last.</summary>
    private static List<List<Position>> Lines(int rowCount, int columnCount)
    {
        var lines = new List<List<Position>>();
        for (var r = 0; r <= rowCount; r++)
            lines.Add(Enumerable.Range(0, columnCount + 1).Select(c => new Position(r, c)).ToList());
        for (var c = 0; c <= columnCount; c++)
            lines.Add(Enumerable.Range(0, rowCount + 1).Select(r => new Position(r, c)).ToList());
        return lines;
    }

    /// <summary>
    /// Seen as a graph whose nodes are the lines (rows and columns of the grid with its margins) and whose edges are
    /// the suppressed figures, a figure can only be hidden by the totals if it lies on a cycle: the counts around a
    /// cycle can be shifted by one without changing any total. A suppressed figure that is a bridge (on no cycle) is
    /// determined by the totals, so the smallest published non-zero figure joining the two sides is suppressed too.
    /// Returns whether anything was suppressed.
    /// </summary>
    private static bool ProtectBridges(long[,] value, bool[,] hidden, int rowCount, int columnCount)
    {
        var rows = rowCount + 1;
        var nodes = rows + columnCount + 1;
        var edges = new List<(int A, int B)>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c <= columnCount; c++)
                if (hidden[r, c]) edges.Add((r, rows + c));
        var adjacency = Enumerable.Range(0, nodes).Select(_ => new List<(int To, int Edge)>()).ToArray();
        for (var e = 0; e < edges.Count; e++)
        {
            adjacency[edges[e].A].Add((edges[e].B, e));
            adjacency[edges[e].B].Add((edges[e].A, e));
        }

        var order = new int[nodes];
        var low = new int[nodes];
        Array.Fill(order, -1);
        var counter = 0;
        var bridges = new List<int>();
        void Visit(int node, int viaEdge)
        {
            order[node] = low[node] = counter++;
            foreach (var (to, edge) in adjacency[node])
            {
                if (edge == viaEdge) continue;
                if (order[to] < 0)
                {
                    Visit(to, edge);
                    low[node] = Math.Min(low[node], low[to]);
                    if (low[to] > order[node]) bridges.Add(edge);
                }
                else low[node] = Math.Min(low[node], order[to]);
            }
        }
        for (var n = 0; n < nodes; n++)
            if (order[n] < 0) Visit(n, -1);
        if (bridges.Count == 0) return false;

        // Join the two sides of the first bridge with the smallest published figure that crosses between them.
        var bridge = bridges[0];
        var side = new int[nodes];
        Array.Fill(side, -1);
        void Mark(int node, int label)
        {
            side[node] = label;
            foreach (var (to, edge) in adjacency[node])
                if (edge != bridge && side[to] < 0) Mark(to, label);
        }
        Mark(edges[bridge].A, 0);
        Mark(edges[bridge].B, 1);
        (int Row, int Column)? best = null;
        for (var r = 0; r < rows; r++)
            for (var c = 0; c <= columnCount; c++)
            {
                if (hidden[r, c] || value[r, c] == 0) continue;
                var (a, b) = (side[r], side[rows + c]);
                if (a < 0 || b < 0 || a == b) continue;
                if (best is null || value[r, c] < value[best.Value.Row, best.Value.Column]) best = (r, c);
            }
        if (best is null) return false;
        hidden[best.Value.Row, best.Value.Column] = true;
        return true;
    }
}
