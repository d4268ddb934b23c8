using JoinedUp.Ingest.Importing;
using JoinedUp.Store;

namespace JoinedUp.Web.Uploads;

/// <summary>Uploads go through the Ingest importer: validated, pseudonymised and loaded atomically per submission.</summary>
public sealed class IngestReturnImport(RegionalStore store) : IReturnImport
{
    public IReadOnlyList<ImportedSubmission> Import(IReadOnlyList<string> paths, string laCode, int? year, IProgress<string> progress) =>
        new ReturnImporter(store).Import(paths, laCode, year, progress).Submissions
            .Select(s => new ImportedSubmission(s.Key.ToString(), s.Children, s.Episodes, s.Refused, s.Issues)
            {
                Submission = s.Key,
                IssueCounts = s.IssueCounts,
                PreviousYear = s.Refused ? null : s.PreviousYear?.Summary,
            })
            .ToList();
}
