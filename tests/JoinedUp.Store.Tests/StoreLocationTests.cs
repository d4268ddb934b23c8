using JoinedUp.Store.Location;

namespace JoinedUp.Store.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var location = StoreLocation.Parse("postgres://analyst:s%40cret@db.example:5433/region", "/tmp");
        Assert.Equal(StoreEngine.Postgres, location.Engine);
        Assert.Contains("Host=db.example", location.Target);
        Assert.Contains("Port=5433", location.Target);
        Assert.Contains("Database=region", location.Target);
        Assert.Contains("Password=s@cret", location.Target);
        Assert.DoesNotContain("s@cret", location.Describe());
    }

    [Fact]
    public void A_path_is_a_sqlite_file_relative_to_the_working_folder()
    {
        var location = StoreLocation.Parse("data/region.db", "/srv/joinedup");
        Assert.Equal((StoreEngine.Sqlite, "/srv/joinedup/data/region.db"), (location.Engine, location.Target));
    }

    [Fact]
    public void Nothing_given_means_joinedup_db_in_the_working_folder()
    {
        if (Environment.GetEnvironmentVariable("JOINEDUP_DB") is not null) return;
        Assert.Equal("/srv/joinedup/joinedup.db", StoreLocation.Parse(null, "/srv/joinedup").Target);
    }
}
