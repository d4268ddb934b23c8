using JoinedUp.Domain.Validation;

namespace JoinedUp.Web.Uploads;

/// <summary>One submission found in an upload, as the importer reports it back to the LA.</summary>
/// <param name="Key">LA/return/year, e.g. "302/ssda903/2024".</param>
/// <param name="Refused">True when the submission was refused and the store left unchanged.</param>
/// <param name="Issues">Rule failures, naming the child as the LA knows them (shown only to that LA).</param>
public sealed record ImportedSubmission(string Key, int Children, int Episodes, bool Refused, IReadOnlyList<ValidationIssue> Issues);

/// <summary>
/// Imports uploaded return files into the store for one LA: the web application's view of the Ingest importer,
/// so that pages can be tested without it.
/// </summary>
public interface IReturnImport
{
    IReadOnlyList<ImportedSubmission> Import(IReadOnlyList<string> paths, string laCode, int? year, IProgress<string> progress);
}
