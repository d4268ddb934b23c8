using JoinedUp.Web.Charts;

namespace JoinedUp.Web.Tests.Charts;

/// <summary>The value axis's round ticks: 1, 2, 2.5 or 5 times a power of ten, from zero to at or above the largest value.</summary>
public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(8378, new double[] { 0, 2000, 4000, 6000, 8000, 10000 })]
    [InlineData(2.9, new double[] { 0, 0.5, 1, 1.5, 2, 2.5, 3 })]
    [InlineData(45.2, new double[] { 0, 10, 20, 30, 40, 50 })]
    [InlineData(100, new double[] { 0, 20, 40, 60, 80, 100 })]
    [InlineData(30, new double[] { 0, 5, 10, 15, 20, 25, 30 })]
    [InlineData(0, new double[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    public void Ticks_are_round_numbers_from_zero_to_at_or_above_the_largest_value(double max, double[] expected)
    {
        var scale = NiceScale.For(max, maxTicks: 7);
        Assert.Equal(expected, scale.Ticks);
    }

    [Fact]
    public void The_forecasts_old_ticks_become_round_thousands()
    {
        // The forecast axis used to read 0, 2,792, 5,585, 8,378 (a quarter of 1.1 x the largest value).
        var scale = NiceScale.For(7_616 * 1.0, maxTicks: 6, whole: true);
        Assert.Equal(["0", "2,000", "4,000", "6,000", "8,000"], scale.Ticks.Select(scale.Label));
    }

    [Fact]
    public void Whole_counts_never_get_fractional_ticks()
    {
        var scale = NiceScale.For(3, maxTicks: 6, whole: true);
        Assert.Equal([0, 1, 2, 3], scale.Ticks);
        Assert.Equal(0, scale.Decimals);
        Assert.Equal([0, 5, 10, 15], NiceScale.For(12, maxTicks: 6, whole: true).Ticks);
        Assert.Equal([0, 1], NiceScale.For(0.3, maxTicks: 6, whole: true).Ticks);
    }

    [Fact]
    public void Labels_carry_the_decimals_the_step_needs_and_thousands_separators()
    {
        var small = NiceScale.For(0.29, maxTicks: 7);
        Assert.Equal(["0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"], small.Ticks.Select(small.Label));
        var large = NiceScale.For(1_234_567, maxTicks: 6);
        Assert.Equal("1,250,000", large.Label(large.Max));
    }

    [Fact]
    public void Any_largest_value_gets_at_most_the_ticks_asked_for_each_a_round_multiple_of_the_step()
    {
        var random = new Random(12);
        for (var i = 0; i < 2_000; i++)
        {
            var max = Math.Pow(10, random.NextDouble() * 12 - 4) * random.NextDouble();
            var ticks = random.Next(3, 9);
            var scale = NiceScale.For(max, ticks);
            Assert.InRange(scale.Ticks.Count, 2, ticks);
            Assert.True(scale.Max >= max * (1 - 1e-9), $"{max}: axis ends at {scale.Max}");
            var mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1, 2, 2.5, 5 });
            // The axis is not much longer than it needs to be: the value reaches past the last tick but one.
            Assert.True(max > scale.Max - scale.Step || scale.Intervals == 1 || max == 0, $"{max}: axis {scale.Max} step {scale.Step}");
        }
    }
}
