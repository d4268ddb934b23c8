using JoinedUp.Ingest.Importing;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Uploads;

/// <summary>An LA analyst uploads their own LA's return; the files go to a private temporary folder and the importer.</summary>
public sealed class UploadsModel(UploadJobs jobs, AuditLog audit) : ScopedPage
{
    private static readonly string[] Accepted = [".csv", ".xml"];

    public string? Error { get; private set; }
    public bool Available => jobs.Available;
    public IReadOnlyList<UploadJob> Jobs { get; private set; } = [];
    public string LaName => Scope.OwnLa is { } la && Region.Contains(la) ? Region[la].Name : "your LA";

    public void OnGet() => Jobs = jobs.Of(User.Identity?.Name ?? "");

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, int? year)
    {
        Jobs = jobs.Of(User.Identity?.Name ?? "");
        var la = Scope.OwnLa;
        if (la is null || !Scope.Uploads) return StatusCode(403);
        if (!jobs.Available) return Page();
        files = files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            Error = "Choose one or more return files to upload.";
            return Page();
        }
        var wrong = files.FirstOrDefault(f => !Accepted.Contains(Path.GetExtension(f.FileName).ToLowerInvariant()));
        if (wrong is not null)
        {
            Error = $"{Path.GetFileName(wrong.FileName)} is not a CSV or XML file.";
            return Page();
        }
        var twice = files.GroupBy(f => Path.GetFileName(f.FileName), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            Error = $"Two of the files are named {twice.Key}. Rename one of them (for example {Path.GetFileNameWithoutExtension(twice.Key)}-2{Path.GetExtension(twice.Key)}) and upload them again; nothing was imported.";
            return Page();
        }
        if (year is { } given && CollectionYears.Problem(given, "the year entered", CollectionYears.Today) is { } problem)
        {
            Error = problem + " Or leave the year empty to take it from the files.";
            return Page();
        }

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
        var job = jobs.Start(User.Identity?.Name ?? "", la, year, folder, paths);
        audit.Record(User, "upload", $"{la}/{year?.ToString() ?? "from files"}", AuditLog.Allowed, string.Join(", ", job.FileNames));
        return Redirect("/uploads/" + job.Id);
    }
}
