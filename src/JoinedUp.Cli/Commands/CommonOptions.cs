using System.CommandLine;
using JoinedUp.Store;
using JoinedUp.Store.Location;

namespace JoinedUp.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file (default ./joinedup.db, or $JOINEDUP_DB) or a postgres:// URL / Npgsql connection string.",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one machine-readable JSON summary on stdout." };

    public static Option<string?> La() => new("--la") { Description = "DfE code of the LA that sent the files (else read from the path, e.g. .../302/...)." };

    public static Option<int?> Year() => new("--year") { Description = "Collection year, the year the collection ends on 31 March (else read from the path)." };

    public static StoreLocation Location(string? db) => StoreLocation.Parse(db, Directory.GetCurrentDirectory());

    /// <summary>Opens the store, printing its warnings (files readable by others) on stderr.</summary>
    public static RegionalStore OpenStore(string? db, bool createIfMissing = true)
    {
        var store = RegionalStore.Open(Location(db), createIfMissing);
        foreach (var warning in store.Warnings) Console.Error.WriteLine($"joinedup: warning: {warning}");
        return store;
    }
}
