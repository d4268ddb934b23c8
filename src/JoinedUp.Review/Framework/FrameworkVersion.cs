namespace JoinedUp.Review.Framework;

/// <summary>A saved version of the framework: who made it, when and why.</summary>
public sealed record FrameworkVersion(int Version, FrameworkDefinition Definition, string ChangeNote, string CreatedAt, string CreatedBy);
