namespace JoinedUp.Register.Import;

/// <summary>What a confirmed import stored: the new entries' references, in file order.</summary>
public sealed record ImportOutcome(string FileName, IReadOnlyList<string> References);
