using JoinedUp.Domain.Geography;
using JoinedUp.Register.Benchmarks;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;
using Xunit.Abstractions;

namespace JoinedUp.Register.Tests.Benchmarks;

/// <summary>The benchmark seeds a register the library can read; the full-size run (20,000 entries, 10 years) runs when JOINEDUP_BENCH_REGISTER is set.</summary>
public sealed class RegisterBenchmarkTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_small_seeded_register_is_readable_and_timed(string engine)
    {
        using var store = TestStore.Open(engine);
        var result = RegisterBenchmark.Run(store.Store, Regions.London, entries: 400, years: 3, runs: 10);
        output.WriteLine(result.ToString());
        Assert.Equal(400, result.Entries);
        Assert.True(result.RatingChanges > 400);
        Assert.True(result.Reviews > 0);
        Assert.True(result.EntriesInFootprint > 0);
        Assert.True(result.Referrals > 400);
        var regional = new DynamicSupportRegister(store.Store, Regions.London)
            .RegionalFigures(People.RegionalAnalyst, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-3), DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.InRange(regional.CurrentByFootprint.GrandTotal.Value, 397, 403); // protected by the cell key method: within 3 of the 400 entries
    }

    [Fact]
    public void Full_size_register_page_for_the_largest_ICS_is_under_200_ms_at_p95()
    {
        if (Environment.GetEnvironmentVariable("JOINEDUP_BENCH_REGISTER") is null) return;
        using var store = TestStore.Open(Environment.GetEnvironmentVariable(TestStore.PostgresVariable) is { Length: > 0 } && Environment.GetEnvironmentVariable("JOINEDUP_BENCH_REGISTER") == "postgres" ? StoreEngines.Postgres : StoreEngines.Sqlite);
        var result = RegisterBenchmark.Run(store.Store, Regions.London, entries: 20_000, years: 10, runs: 200);
        output.WriteLine(result.ToString());
        Console.WriteLine(result.ToString());
        Assert.True(result.RegisterPageP95Milliseconds < 200, result.ToString());
    }
}
