using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>Thrown inside a load to discard it: the submission holds values that cannot be stored.</summary>
public sealed class SubmissionRefusedException(Ssda903ReadResult result)
    : Exception($"The submission was refused: {result.Issues.Count(i => i.Severity == IssueSeverity.Refused)} value(s) cannot be stored.")
{
    public Ssda903ReadResult Result { get; } = result;
}
