using JoinedUp.Analytics.Disclosure;

namespace JoinedUp.Analytics.Tests.Disclosure;

public sealed class SuppressionTests
{
    [Fact]
    public void Counts_under_five_are_suppressed_and_five_is_published()
    {
        var table = Suppression.Apply([[4, 20, 30], [5, 25, 40]]);
        Assert.True(table.Cells[0, 0].Suppressed);
        Assert.Equal("c", table.Cells[0, 0].ToString());
        Assert.False(table.Cells[1, 2].Suppressed);
    }

    [Fact]
    public void A_single_small_cell_in_a_row_takes_the_next_smallest_with_it()
    {
        var table = Suppression.Apply([[3, 20, 30], [12, 25, 40], [15, 22, 41]]);
        Assert.True(table.Cells[0, 0].Suppressed);
        Assert.True(table.Cells[0, 1].Suppressed, "the next-smallest cell of the row hides the small one from the row total");
        Assert.True(table.Cells[1, 0].Suppressed, "the next-smallest cell of the column hides it from the column total");
    }

    [Fact]
    public void A_one_column_table_suppresses_the_total_that_would_equal_a_small_cell()
    {
        var table = Suppression.Apply([[3], [40], [50]]);
        Assert.True(table.Cells[0, 0].Suppressed);
        Assert.True(table.RowTotals[0].Suppressed);
        Assert.True(table.Cells[1, 0].Suppressed);
    }

    [Fact]
    public void No_line_of_a_suppressed_table_has_exactly_one_suppressed_figure()
    {
        var random = new Random(903);
        for (var trial = 0; trial < 500; trial++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            var values = Enumerable.Range(0, rows).Select(_ => (IReadOnlyList<long>)Enumerable.Range(0, columns).Select(_ => (long)random.Next(0, 30)).ToList()).ToList();
            var table = Suppression.Apply(values);
            for (var r = 0; r < rows; r++)
                Assert.NotEqual(1, Enumerable.Range(0, columns).Count(c => table.Cells[r, c].Suppressed) + (table.RowTotals[r].Suppressed ? 1 : 0));
            for (var c = 0; c < columns; c++)
                Assert.NotEqual(1, Enumerable.Range(0, rows).Count(r => table.Cells[r, c].Suppressed) + (table.ColumnTotals[c].Suppressed ? 1 : 0));
            Assert.NotEqual(1, table.ColumnTotals.Count(f => f.Suppressed) + (table.GrandTotal.Suppressed ? 1 : 0));
            Assert.NotEqual(1, table.RowTotals.Count(f => f.Suppressed) + (table.GrandTotal.Suppressed ? 1 : 0));
        }
    }

    /// <summary>
    /// The attacker's view: every published figure, every total. For each suppressed figure, search for another
    /// table of non-negative counts that agrees with everything published but differs in that figure. Finding one
    /// proves the totals cannot reveal it.
    /// </summary>
    [Fact]
    public void Totals_cannot_reveal_a_suppressed_figure()
    {
        var random = new Random(2024);
        var checkedFigures = 0;
        for (var trial = 0; trial < 1500; trial++)
        {
            var rows = random.Next(1, 5);
            var columns = random.Next(1, 5);
            var values = Enumerable.Range(0, rows).Select(_ => (IReadOnlyList<long>)Enumerable.Range(0, columns)
                .Select(_ => (long)(random.Next(3) == 0 ? random.Next(0, 5) : random.Next(5, 25))).ToList()).ToList();
            var table = Suppression.Apply(values);
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                {
                    if (!table.Cells[r, c].Suppressed) continue;
                    var (tr, tc) = (r, c);
                    Assert.True(AlternativeExists(table, t => t[tr, tc] != table.Cells[tr, tc].Value), $"cell [{r},{c}] of trial {trial} is revealed: " + Show(table));
                    checkedFigures++;
                }
            for (var r = 0; r < rows; r++)
            {
                if (!table.RowTotals[r].Suppressed) continue;
                var tr = r;
                Assert.True(AlternativeExists(table, t => Enumerable.Range(0, columns).Sum(c => t[tr, c]) != table.RowTotals[tr].Value), $"row total {r} of trial {trial} is revealed");
                checkedFigures++;
            }
            for (var c = 0; c < columns; c++)
            {
                if (!table.ColumnTotals[c].Suppressed) continue;
                var tc = c;
                Assert.True(AlternativeExists(table, t => Enumerable.Range(0, rows).Sum(r => t[r, tc]) != table.ColumnTotals[tc].Value), $"column total {c} of trial {trial} is revealed");
                checkedFigures++;
            }
        }
        Assert.True(checkedFigures > 100);
    }

    private static bool AlternativeExists(SuppressedTable table, Func<long[,], bool> differs)
    {
        var rows = table.RowCount;
        var columns = table.ColumnCount;
        var candidate = new long[rows, columns];
        var free = new List<(int R, int C)>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                candidate[r, c] = table.Cells[r, c].Value;
                if (table.Cells[r, c].Suppressed) free.Add((r, c));
            }

        bool Consistent()
        {
            long grand = 0;
            for (var r = 0; r < rows; r++)
            {
                long sum = 0;
                for (var c = 0; c < columns; c++) sum += candidate[r, c];
                if (!table.RowTotals[r].Suppressed && sum != table.RowTotals[r].Value) return false;
                grand += sum;
            }
            for (var c = 0; c < columns; c++)
            {
                long sum = 0;
                for (var r = 0; r < rows; r++) sum += candidate[r, c];
                if (!table.ColumnTotals[c].Suppressed && sum != table.ColumnTotals[c].Value) return false;
            }
            return table.GrandTotal.Suppressed || grand == table.GrandTotal.Value;
        }

        // Integer alternatives of such tables differ by moves of one along cycles, so +/-1 around each value suffices.
        bool Search(int i)
        {
            if (i == free.Count) return Consistent() && differs(candidate);
            var (r, c) = free[i];
            var original = table.Cells[r, c].Value;
            for (var v = Math.Max(0, original - 1); v <= original + 1; v++)
            {
                candidate[r, c] = v;
                if (Search(i + 1)) return true;
            }
            candidate[r, c] = original;
            return false;
        }

        return Search(0);
    }

    private static string Show(SuppressedTable table)
    {
        string F(Figure f) => f.Suppressed ? $"[{f.Value}]" : f.Value.ToString();
        var lines = new List<string>();
        for (var r = 0; r < table.RowCount; r++)
            lines.Add(string.Join(" ", Enumerable.Range(0, table.ColumnCount).Select(c => F(table.Cells[r, c]))) + " | " + F(table.RowTotals[r]));
        lines.Add(string.Join(" ", table.ColumnTotals.Select(F)) + " | " + F(table.GrandTotal));
        return string.Join(" / ", lines);
    }
}
