namespace JoinedUp.Web.Tests.Support;

/// <summary>The running app with a 2 MB upload limit, so that going over it is cheap; one per test class.</summary>
public sealed class SmallUploadsApp : IAsyncLifetime
{
    public const long UploadLimit = 2L * 1024 * 1024;

    public RunningApp App { get; } = new() { Options = new WebOptions { Port = 0, MaxUploadBytes = UploadLimit } };

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class HostileRequestsCollection : ICollectionFixture<SmallUploadsApp>
{
    public const string Name = "hostile requests";
}
