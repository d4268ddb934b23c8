using JoinedUp.Domain.Returns;

namespace JoinedUp.Store.Loading;

/// <summary>What one completed load put in the store.</summary>
public sealed record LoadedSubmission(SubmissionKey Key, long Id, int Children, int Episodes, int Records, int Issues);
