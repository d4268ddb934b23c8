using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Web.Uploads;

/// <summary>One submission found in an upload, as the importer reports it back to the LA.</summary>
/// <param name="Key">LA/return/year, e.g. "302/ssda903/2024".</param>
/// <param name="Refused">True when the submission was refused and the store left unchanged.</param>
/// <param name="Issues">Rule failures, naming the child as the LA knows them (shown only to that LA).</param>
public sealed record ImportedSubmission(string Key, int Children, int Episodes, bool Refused, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>The submission's LA, return and year, when the importer could tell them.</summary>
    public SubmissionKey? Submission { get; init; }

    /// <summary>Year-on-year changes beyond the plausibility tolerance (see docs/decisions/0009); figures only, never a child.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the loaded submission is held for the LA's confirmation because of <see cref="Warnings"/>.</summary>
    public bool Held { get; init; }

    /// <summary>The id of the loaded submission in the store; null when refused.</summary>
    public long? SubmissionId { get; init; }

    /// <summary>Failures per rule code, all of them (<see cref="Issues"/> holds only the first 10,000); null when only the list is known.</summary>
    public IReadOnlyDictionary<string, int>? IssueCounts { get; init; }

    /// <summary>For SSDA903: which previous return the previous-year rules compared with, or that none was held so they did not run.</summary>
    public string? PreviousYear { get; init; }
}

/// <summary>
/// Imports uploaded return files into the store for one LA: the web application's view of the Ingest importer,
/// so that pages can be tested without it.
/// </summary>
public interface IReturnImport
{
    IReadOnlyList<ImportedSubmission> Import(IReadOnlyList<string> paths, string laCode, int? year, IProgress<string> progress);
}
