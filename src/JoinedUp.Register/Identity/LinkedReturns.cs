namespace JoinedUp.Register.Identity;

/// <summary>A register entry's child in the LA's own returns: the pseudonym (for the child's page) and how many SSDA903 episodes are loaded.</summary>
public sealed record LinkedReturns(string ChildPseudonym, int Ssda903Episodes);
