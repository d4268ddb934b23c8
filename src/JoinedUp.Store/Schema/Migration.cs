namespace JoinedUp.Store.Schema;

/// <summary>One step of the store's schema; the SQL is written once, with {ID} standing for the engine's identity column.</summary>
public sealed record Migration(int Version, string Description, string Sql);
