using System.Collections.Concurrent;
using JoinedUp.Analytics.Cohort;

namespace JoinedUp.Web.Uploads;

/// <summary>
/// Runs uploads in the background so a long import shows progress, keeps each job for its owner, and removes the
/// uploaded files when the import ends.
/// </summary>
public sealed class UploadJobs(IReturnImport? importer, CareFactsCache facts)
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

    public UploadJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public IReadOnlyList<UploadJob> Of(string userName) =>
        _jobs.Values.Where(j => j.UserName == userName).OrderByDescending(j => j.StartedAt).ToList();

    private sealed class Progress(UploadJob job) : IProgress<string>
    {
        public void Report(string value) => job.Report(value);
    }
}
