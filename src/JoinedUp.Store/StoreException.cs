namespace JoinedUp.Store;

/// <summary>A store that cannot be opened or used as asked; the message says why and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
