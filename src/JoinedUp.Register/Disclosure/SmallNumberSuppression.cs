namespace JoinedUp.Register.Disclosure;

/// <summary>
/// DESIGN.md's disclosure rule for every regional figure: a count of 1 to 4 children is suppressed (primary
/// suppression), and so is the next-smallest count in any row or column whose published total would otherwise reveal
/// it (secondary suppression), repeated until no row or column has exactly one hidden count. Totals are part of the
/// lines, so a total under 5 is hidden too, and a hidden cell in a line of zeros hides the total.
/// </summary>
public static class SmallNumberSuppression
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    public static SuppressedCount Single(int count) => new(IsSmall(count) ? null : count);

    public static SuppressedTable Suppress(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int[,] counts)
    {
        int rows = rowLabels.Count, columns = columnLabels.Count;
        if (counts.GetLength(0) != rows || counts.GetLength(1) != columns)
            throw new ArgumentException("The counts do not match the labels.");
        var grid = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = counts[r, c];
                grid[r, columns] += counts[r, c];
                grid[rows, c] += counts[r, c];
                grid[rows, columns] += counts[r, c];
            }
        var hidden = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
            for (var c = 0; c <= columns; c++)
                hidden[r, c] = IsSmall(grid[r, c]);

        var lines = new List<(int R, int C)[]>();
        for (var r = 0; r <= rows; r++) lines.Add(Enumerable.Range(0, columns + 1).Select(c => (r, c)).ToArray());
        for (var c = 0; c <= columns; c++) lines.Add(Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToArray());
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(p => hidden[p.R, p.C]) != 1) continue;
                var candidates = line.Where(p => !hidden[p.R, p.C]).ToList();
                if (candidates.Count == 0) continue;
                var next = candidates
                    .OrderBy(p => grid[p.R, p.C] == 0 ? 1 : 0)
                    .ThenBy(p => p.R == rows || p.C == columns ? 1 : 0)
                    .ThenBy(p => grid[p.R, p.C])
                    .First();
                hidden[next.R, next.C] = true;
                changed = true;
            }
        }
        while (changed);

        SuppressedCount At(int r, int c) => new(hidden[r, c] ? null : grid[r, c]);
        return new SuppressedTable(
            rowLabels.ToList(),
            columnLabels.ToList(),
            Enumerable.Range(0, rows).Select(r => (IReadOnlyList<SuppressedCount>)Enumerable.Range(0, columns).Select(c => At(r, c)).ToList()).ToList(),
            Enumerable.Range(0, rows).Select(r => At(r, columns)).ToList(),
            Enumerable.Range(0, columns).Select(c => At(rows, c)).ToList(),
            At(rows, columns));
    }
}
