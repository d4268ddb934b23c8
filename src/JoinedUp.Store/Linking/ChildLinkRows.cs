namespace JoinedUp.Store.Linking;

/// <summary>One link between two records (children of two submissions) of the same LA, with how it was made.</summary>
public sealed record ChildLinkRow(int Year, string Return, string Pseudonym, int LinkedYear, string LinkedReturn, string LinkedPseudonym, string Method, double Confidence);

/// <summary>A record that links to no other return (or not to one it should), and why.</summary>
public sealed record ChildUnlinkedRow(int Year, string Return, string Pseudonym, string Reason);
