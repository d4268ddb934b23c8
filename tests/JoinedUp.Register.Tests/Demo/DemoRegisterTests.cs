using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Demo;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Demo;

/// <summary>The demo's register: referrals from every partner in every footprint, ratings both ways, meetings, reviews, actions, exits, admissions.</summary>
public sealed class DemoRegisterTests
{
    [Fact]
    public void The_demo_register_shows_something_real_on_every_page()
    {
        using var store = TestStore.Open(StoreEngines.Sqlite);
        var summary = DemoRegister.Seed(store.Store, Regions.London, new DateOnly(2025, 3, 1), children: 160);
        Assert.Equal(0, summary.Skipped);
        Assert.Equal(160, summary.Referrals);
        Assert.True(summary.Added > 100, summary.ToString());
        Assert.True(summary.NotAdded > 0 && summary.Waiting > 0 && summary.Reviews > 100 && summary.Cetrs > 0 && summary.Actions > 0 && summary.Exits > 0 && summary.Admissions > 0, summary.ToString());

        using var connection = store.Store.OpenConnection();
        Assert.Equal(5, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT footprint) FROM dsr_entry"));
        Assert.Equal(7, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT source) FROM dsr_referral"));
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_rating_change WHERE from_rating = 'green' AND to_rating IN ('amber', 'red')") > 0);
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_rating_change WHERE from_rating IN ('amber', 'red') AND to_rating = 'green'") > 0);
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_action WHERE completed_on IS NOT NULL") > 0);
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_action WHERE meeting_id IS NOT NULL AND completed_on IS NULL") > 0);
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_entry WHERE rating <> 'green' AND keyworker = ''"));
        var first = connection.ExecuteScalar<string>("SELECT MIN(referred_on) FROM dsr_referral")!;
        Assert.True(string.CompareOrdinal(first, "2023-06-01") < 0, first);
    }
}
