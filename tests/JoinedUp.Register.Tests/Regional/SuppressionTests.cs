using JoinedUp.Register.Disclosure;

namespace JoinedUp.Register.Tests.Regional;

/// <summary>Small numbers are hidden, and so is whatever would let a total reveal them.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void Counts_under_five_are_hidden_with_the_next_smallest_in_their_row_and_column()
    {
        var table = SmallNumberSuppression.Suppress(["A", "B", "C"], ["green", "amber", "red"], new[,]
        {
            { 20, 10, 3 },
            { 30, 12, 9 },
            { 40, 15, 8 },
        });
        Assert.True(table["A", "red"].IsSuppressed);
        Assert.True(table["A", "amber"].IsSuppressed);
        Assert.True(table["C", "red"].IsSuppressed);
        Assert.Equal(20, table["A", "green"].Value);
        AssertNoLineHasOneHiddenCount(table);
    }

    [Fact]
    public void A_total_under_five_is_hidden_and_zeros_are_shown()
    {
        var table = SmallNumberSuppression.Suppress(["A", "B"], ["green", "amber"], new[,] { { 2, 0 }, { 10, 7 } });
        Assert.True(table.RowTotal("A").IsSuppressed);
        Assert.True(table["A", "green"].IsSuppressed);
        AssertNoLineHasOneHiddenCount(table);
        Assert.Equal(0, SmallNumberSuppression.Single(0).Value);
        Assert.True(SmallNumberSuppression.Single(4).IsSuppressed);
        Assert.Equal(5, SmallNumberSuppression.Single(5).Value);
    }

    [Fact]
    public void Random_tables_never_leave_a_hidden_count_recoverable_from_one_line()
    {
        var random = new Random(7);
        for (var n = 0; n < 300; n++)
        {
            int rows = random.Next(1, 6), columns = random.Next(1, 6);
            var counts = new int[rows, columns];
            for (var r = 0; r < rows; r++) for (var c = 0; c < columns; c++) counts[r, c] = random.Next(0, 3) == 0 ? random.Next(0, 5) : random.Next(0, 40);
            var table = SmallNumberSuppression.Suppress(Enumerable.Range(0, rows).Select(i => "r" + i).ToList(), Enumerable.Range(0, columns).Select(i => "c" + i).ToList(), counts);
            AssertNoLineHasOneHiddenCount(table);
            for (var r = 0; r < rows; r++) for (var c = 0; c < columns; c++)
                if (counts[r, c] is > 0 and < 5) Assert.True(table.Cells[r][c].IsSuppressed);
        }
    }

    private static void AssertNoLineHasOneHiddenCount(SuppressedTable table)
    {
        for (var r = 0; r < table.RowLabels.Count; r++)
            Assert.NotEqual(1, table.Cells[r].Count(c => c.IsSuppressed) + (table.RowTotals[r].IsSuppressed ? 1 : 0));
        for (var c = 0; c < table.ColumnLabels.Count; c++)
            Assert.NotEqual(1, table.Cells.Count(row => row[c].IsSuppressed) + (table.ColumnTotals[c].IsSuppressed ? 1 : 0));
        Assert.NotEqual(1, table.ColumnTotals.Count(t => t.IsSuppressed) + (table.GrandTotal.IsSuppressed ? 1 : 0));
        Assert.NotEqual(1, table.RowTotals.Count(t => t.IsSuppressed) + (table.GrandTotal.IsSuppressed ? 1 : 0));
    }
}
