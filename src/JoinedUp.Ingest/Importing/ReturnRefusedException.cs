using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Importing;

/// <summary>Thrown inside a load of a CIN census, SEN2 or snapshot submission to discard it: it holds what cannot be stored.</summary>
public sealed class ReturnRefusedException(ReturnReadResult result)
    : Exception($"The submission was refused: {result.Issues.Count(i => i.Severity == IssueSeverity.Refused)} failure(s) refuse it.")
{
    public ReturnReadResult Result { get; } = result;
}
