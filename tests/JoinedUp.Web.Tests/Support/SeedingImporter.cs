using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Store;
using JoinedUp.Web.Uploads;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// Stands in for the Ingest importer: each uploaded file loads 7 children for the LA's 2025 return and reports two
/// issues, one naming a child ID that starts with "=" (to test that the error report neutralises it).
/// </summary>
public sealed class SeedingImporter(RegionalStore store) : IReturnImport
{
    public IReadOnlyList<ImportedSubmission> Import(IReadOnlyList<string> paths, string laCode, int? year, IProgress<string> progress)
    {
        var y = year ?? 2025;
        progress.Report($"Loading {paths.Count} file(s) for {laCode}.");
        Thread.Sleep(300);
        SeededRegion.Seed(store, laCode, y, 7);
        progress.Report("Loaded.");
        var file = Path.GetFileName(paths[0]);
        return
        [
            new ImportedSubmission(new SubmissionKey(laCode, ReturnKind.Ssda903, y).ToString(), 7, 14, false,
            [
                new ValidationIssue("103", "The ethnicity code is not valid.", file, "Header", 3, "=HYPERLINK(\"x\")", "ETHNIC", IssueSeverity.Flagged),
                new ValidationIssue("392c", "Postcode is not a valid postcode.", file, "Episodes", 5, "C302-0001", "HOME_POST", IssueSeverity.Flagged),
            ]),
        ];
    }
}
