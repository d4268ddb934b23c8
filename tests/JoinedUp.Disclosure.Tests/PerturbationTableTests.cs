using JoinedUp.Disclosure;

namespace JoinedUp.Disclosure.Tests;

/// <summary>The published perturbation table: what each true count can be shown as, and how often.</summary>
public sealed class PerturbationTableTests
{
    private static readonly int[] Keys = Enumerable.Range(0, PerturbationTable.KeyRange).ToArray();

    [Fact]
    public void Zero_is_always_shown_as_zero()
    {
        Assert.All(Keys, k => Assert.Equal(0, PerturbationTable.Publish(0, k)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Counts_of_1_to_4_are_shown_as_0_or_5_and_as_themselves_on_average(int count)
    {
        var shown = Keys.Select(k => PerturbationTable.Publish(count, k)).ToList();
        Assert.All(shown, v => Assert.Contains(v, new long[] { 0, 5 }));
        var fives = shown.Count(v => v == 5);
        Assert.Equal(Math.Round(count * 256 / 5.0), fives);
        Assert.InRange(shown.Average(), count - 0.02, count + 0.02);
    }

    [Fact]
    public void Nothing_from_1_to_4_is_ever_shown_and_no_count_moves_more_than_3()
    {
        for (var count = 0; count <= 200; count++)
            foreach (var key in Keys)
            {
                var shown = PerturbationTable.Publish(count, key);
                Assert.False(shown is >= 1 and <= 4, $"{count} with key {key} was shown as {shown}");
                if (count >= 5) Assert.InRange(shown, count - 3, count + 3);
            }
    }

    [Fact]
    public void Large_counts_change_70_percent_of_the_time_without_bias()
    {
        var changes = Keys.Select(k => PerturbationTable.Publish(1000, k) - 1000).ToList();
        Assert.Equal(0.0, changes.Average(), 2);
        Assert.InRange(changes.Count(c => c == 0) / 256.0, 0.29, 0.31);
        Assert.InRange(changes.Count(c => Math.Abs(c) == 1) / 256.0, 0.39, 0.42);
        Assert.InRange(changes.Count(c => Math.Abs(c) == 3) / 256.0, 0.09, 0.11);
        var variance = changes.Average(c => (double)c * c);
        Assert.InRange(variance, 2.0, 2.2);
    }

    [Fact]
    public void The_published_row_sums_to_one()
    {
        foreach (var count in new long[] { 0, 1, 4, 5, 6, 7, 8, 50 })
            Assert.Equal(1.0, PerturbationTable.Row(count).Values.Sum(), 9);
        Assert.Equal(0.3, PerturbationTable.Row(8)[8], 1);
    }
}
