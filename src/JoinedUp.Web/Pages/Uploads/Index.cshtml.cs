using JoinedUp.Analytics.Continuity;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Uploads;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Forms;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Uploads;

/// <summary>
/// An LA analyst uploads their own LA's return; the files go to a private temporary folder and the importer. The page
/// lists the LA's uploads from the store (so the list survives a restart), the returns held for the LA's confirmation,
/// and episodes the LA's returns left open that a later return does not mention.
/// </summary>
public sealed class UploadsModel(UploadJobs jobs, AuditLog audit, RegionalStore store) : ScopedPage
{
    private static readonly string[] Accepted = [".csv", ".xml"];

    public FormErrors Errors { get; } = new();
    public bool Available => jobs.Available;
    public IReadOnlyList<UploadRecord> Uploads { get; private set; } = [];
    public IReadOnlyList<SubmissionHold> Holds { get; private set; } = [];
    public IReadOnlyList<EpisodeLeftOpen> LeftOpen { get; private set; } = [];
    public string LaName => Scope.OwnLa is { } la && Region.Contains(la) ? Region[la].Name : "your LA";
    public string NameOf(string la) => Region.Contains(la) ? Region[la].Name : la;

    /// <summary>The year typed on the form, shown back when the form is refused.</summary>
    public string? Year { get; private set; }

    /// <summary>The upload job still in memory for a recorded upload (its page with the issues), if any.</summary>
    public bool HasJob(UploadRecord upload) => jobs.Find(upload.JobId) is { } job && job.UserName == User.Identity?.Name;

    public void OnGet() => Load();

    private void Load()
    {
        if (Scope.OwnLa is not { } la) return;
        Uploads = store.UploadsOf(la);
        Holds = store.HeldOf(la);
        LeftOpen = EpisodesLeftOpen.Of(store, la);
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, string? year)
    {
        Load();
        var la = Scope.OwnLa;
        if (la is null || !Scope.Uploads) return StatusCode(403);
        if (!jobs.Available) return Page();
        Year = year?.Trim();
        files = files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0) Errors.Add("files", "Choose one or more return files to upload.");
        if (files.FirstOrDefault(f => !Accepted.Contains(Path.GetExtension(f.FileName).ToLowerInvariant())) is { } wrong)
            Errors.Add("files", $"{Path.GetFileName(wrong.FileName)} is not a CSV or XML file.");
        if (files.GroupBy(f => Path.GetFileName(f.FileName), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            Errors.Add("files", $"Two of the files are named {twice.Key}. Rename one of them (for example {Path.GetFileNameWithoutExtension(twice.Key)}-2{Path.GetExtension(twice.Key)}) and upload them again; nothing was imported.");
        int? collectionYear = null;
        if (!string.IsNullOrEmpty(Year))
        {
            if (!int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var given))
                Errors.Add("year", "Enter the collection year as four digits, for example 2024.");
            else if (CollectionYears.Problem(given, "the year entered", CollectionYears.Today) is { } problem)
                Errors.Add("year", problem + " Or leave the year empty to take it from the files.");
            else collectionYear = given;
        }
        if (Errors.Any) return Page();

        var folder = Path.Combine(Path.GetTempPath(), "joinedup-uploads", Guid.NewGuid().ToString("N"));
        var info = Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows()) info.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var paths = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, Path.GetFileName(file.FileName));
            await using var target = System.IO.File.Create(path);
            await file.CopyToAsync(target);
            paths.Add(path);
        }
        if (collectionYear is null && SubmissionGrouping.FilesWithoutYear(paths) is { Count: > 0 } silent)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            Errors.Add("year", $"Enter the collection year: {string.Join(", ", silent)} {(silent.Count == 1 ? "does" : "do")} not say which year {(silent.Count == 1 ? "it is" : "they are")} for. Nothing was imported.");
            return Page();
        }
        var job = jobs.Start(User.Identity?.Name ?? "", la, collectionYear, folder, paths);
        audit.Record(User, "upload", $"{la}/{collectionYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "from files"}", AuditLog.Allowed, string.Join(", ", job.FileNames));
        return Redirect("/uploads/" + job.Id);
    }
}
