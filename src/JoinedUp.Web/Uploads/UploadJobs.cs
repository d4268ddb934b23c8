using System.Collections.Concurrent;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Plausibility;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Reading;
using JoinedUp.Store.Uploads;

namespace JoinedUp.Web.Uploads;

/// <summary>
/// Runs uploads in the background so a long import shows progress, keeps each job for its owner, and removes the
/// uploaded files when the import ends. When it ends, each loaded submission's headline figures are checked against
/// the LA's neighbouring years (a change beyond the tolerance holds it for the LA's confirmation), and each submission
/// is recorded in the store (who, when, outcome), so the LA's upload list survives a restart.
/// </summary>
public sealed class UploadJobs(IReturnImport? importer, CareFactsCache facts, RegionalStore? store = null)
{
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new();

    public bool Available => importer is not null;

    public UploadJob Start(string userName, string laCode, int? year, string folder, IReadOnlyList<string> paths)
    {
        var job = new UploadJob
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = userName,
            LaCode = laCode,
            FileNames = paths.Select(Path.GetFileName).OfType<string>().ToList(),
        };
        _jobs[job.Id] = job;
        _ = Task.Run(() =>
        {
            try
            {
                if (importer is null) throw new InvalidOperationException("No importer is configured.");
                job.Report($"Reading {job.FileNames.Count} file(s).");
                var submissions = importer.Import(paths, laCode, year, new Progress(job));
                if (store is not null) submissions = submissions.Select(s => Checked(s, job)).ToList();
                job.Report("Import finished.");
                job.Finish(submissions);
            }
            catch (Exception e)
            {
                // The message may name the private temporary folder: the LA sees file names only, never a server path.
                var message = e.Message.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(folder, "", StringComparison.Ordinal);
                job.Report("Import failed: " + message);
                job.Fail(message);
            }
            finally
            {
                facts.Invalidate();
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        });
        return job;
    }

    /// <summary>Checks a loaded submission's plausibility (holding it when implausible) and records it in the store.</summary>
    private ImportedSubmission Checked(ImportedSubmission submission, UploadJob job)
    {
        if (store is null || submission.Submission is not { } key) return submission;
        long? id = null;
        IReadOnlyList<string> warnings = [];
        if (!submission.Refused && store.Find(key) is { } stored)
        {
            id = stored.Id;
            warnings = PlausibilityCheck.Warnings(store, stored.Id, key);
            if (warnings.Count > 0)
            {
                store.Hold(stored.Id, string.Join(" ", warnings));
                job.Report($"{key}: held for your confirmation: {warnings.Count} year-on-year change(s) beyond the tolerance.");
            }
        }
        store.RecordUpload(key, job.UserName, job.StartedAt, id, submission.Refused, submission.Issues.Count, job.FileNames, job.Id);
        return submission with { SubmissionId = id, Warnings = warnings, Held = warnings.Count > 0 };
    }

    public UploadJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public IReadOnlyList<UploadJob> Of(string userName) =>
        _jobs.Values.Where(j => j.UserName == userName).OrderByDescending(j => j.StartedAt).ToList();

    private sealed class Progress(UploadJob job) : IProgress<string>
    {
        public void Report(string value) => job.Report(value);
    }
}
