using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Files;

/// <summary>A file that cannot be read at all (empty, truncated, wrongly encoded, hostile XML...): it is refused whole.</summary>
public sealed class ReturnFileException(ValidationIssue issue) : Exception(issue.ToString())
{
    public ValidationIssue Issue { get; } = issue;
}
