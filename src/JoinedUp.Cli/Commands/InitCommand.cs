using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Location;

namespace JoinedUp.Cli.Commands;

/// <summary>`joinedup init`: create an empty store (and, for SQLite, its key file).</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("init", "Create an empty regional store, with a new pseudonymisation key for a local SQLite store.") { db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var location = CommonOptions.Location(parse.GetValue(db));
            using var store = CommonOptions.OpenStore(parse.GetValue(db));
            Console.WriteLine($"Store ready: {location.Describe()}");
            if (location.Engine == StoreEngine.Sqlite && Environment.GetEnvironmentVariable(StoreKeyring.EnvironmentVariable) is null)
                Console.WriteLine($"Pseudonymisation key: {StoreKeyring.KeyFileFor(location)} (owner-only; keep it safe and out of version control)");
            return 0;
        }));
        return command;
    }
}
