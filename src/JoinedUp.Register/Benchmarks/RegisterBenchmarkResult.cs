using System.Globalization;

namespace JoinedUp.Register.Benchmarks;

/// <summary>What `joinedup bench register` reports: the seeded volumes and the register page timings for the largest ICS.</summary>
public sealed record RegisterBenchmarkResult(
    string Engine,
    int Entries,
    int Years,
    long RatingChanges,
    long Reviews,
    long Actions,
    long Meetings,
    double SeedSeconds,
    string LargestFootprint,
    int EntriesInFootprint,
    int Runs,
    double RegisterPageP50Milliseconds,
    double RegisterPageP95Milliseconds,
    double RegisterPageMaxMilliseconds,
    double OverdueP95Milliseconds,
    long Referrals = 0,
    double MeetingP95Milliseconds = 0)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Engine}: {Entries:N0} entries over {Years} years ({Referrals:N0} referrals, {RatingChanges:N0} rating changes, {Reviews:N0} reviews, {Actions:N0} actions, {Meetings:N0} CETR/LAEP meetings; seeded in {SeedSeconds:F1} s). " +
        $"Register page for {LargestFootprint} ({EntriesInFootprint:N0} entries), {Runs} runs: p50 {RegisterPageP50Milliseconds:F1} ms, p95 {RegisterPageP95Milliseconds:F1} ms, max {RegisterPageMaxMilliseconds:F1} ms; overdue list p95 {OverdueP95Milliseconds:F1} ms; DSR meeting page p95 {MeetingP95Milliseconds:F1} ms.");
}
