namespace JoinedUp.Store.Schema;

/// <summary>
/// One step of the store's schema; the SQL is written once, with {ID} standing for the engine's identity column.
/// A step that needs what only one engine can say (JSON functions differ) gives PostgreSQL its own text; a step that
/// rewrites stored values more easily said in C# than in two SQL dialects gives <paramref name="Code"/>, run after the SQL
/// in the same transaction.
/// </summary>
public sealed record Migration(int Version, string Description, string Sql, string? Postgres = null,
    Action<System.Data.Common.DbConnection, System.Data.Common.DbTransaction>? Code = null)
{
    public string SqlFor(Location.StoreEngine engine) => engine == Location.StoreEngine.Postgres && Postgres is not null ? Postgres : Sql;
}
