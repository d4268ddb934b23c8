namespace JoinedUp.Web.Benchmarking;

/// <summary>What a load test measured: page requests, failures and page times in milliseconds.</summary>
public sealed record LoadTestResult(int Users, int Requests, int Failures, TimeSpan Elapsed, double P50Ms, double P95Ms, double MaxMs)
{
    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Requests / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Users} users, {Requests} pages in {Elapsed.TotalSeconds:0.0} s ({RequestsPerSecond:0} pages/s), {Failures} failures, p50 {P50Ms:0.0} ms, p95 {P95Ms:0.0} ms, max {MaxMs:0.0} ms";
}
