namespace JoinedUp.Register.Entries;

/// <summary>
/// Consent to hold and share the child's entry across agencies: who gave it (the relationship, e.g. "parent" or
/// "young person", never a name), when, and on what basis (e.g. "explicit consent", "Children Act 1989 s17 duty").
/// Withdrawal is recorded on the entry and hides it from everyone but the responsible LA.
/// </summary>
public sealed record Consent(string GivenBy, DateOnly GivenOn, string Basis, DateOnly? WithdrawnOn = null);
