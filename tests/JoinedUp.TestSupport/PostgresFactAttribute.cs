using Xunit;

namespace JoinedUp.TestSupport;

/// <summary>A test that only means something on PostgreSQL: skipped, saying why, when JOINEDUP_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestStore.PostgresVariable)))
            Skip = $"needs PostgreSQL: set {TestStore.PostgresVariable} to a connection string";
    }
}
