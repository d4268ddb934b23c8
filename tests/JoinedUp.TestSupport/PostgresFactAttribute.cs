using Xunit;

namespace JoinedUp.TestSupport;

/// <summary>
/// A test that only means something on PostgreSQL: skipped, saying why, when JOINEDUP_TEST_POSTGRES is not set, or, for a
/// test that starts a cluster of its own (<see cref="PrivateCluster"/>), when the PostgreSQL 15 server binaries are missing.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    private string? _skip;

    /// <summary>The test starts (and stops) a <see cref="PrivatePostgres"/> cluster.</summary>
    public bool PrivateCluster { get; set; }

    public override string? Skip
    {
        get => _skip
            ?? (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestStore.PostgresVariable)) ? $"needs PostgreSQL: set {TestStore.PostgresVariable} to a connection string"
            : PrivateCluster && !PrivatePostgres.Available ? $"needs the PostgreSQL 15 server binaries in {PrivatePostgres.Binaries}"
            : null);
        set => _skip = value;
    }
}
