using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Import;
using JoinedUp.Web.Registering;
using Microsoft.AspNetCore.Http;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>Imports an existing DSR spreadsheet: upload, preview what would be added and each row's problems, then confirm.</summary>
public sealed class ImportModel(ImportPreviews previews) : RegisterPageModel
{
    private static readonly string[] Accepted = [".csv", ".xlsx"];

    public RegisterImportPreview? Preview { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public FormErrors Errors { get; } = new();

    public IActionResult OnGet() => Dsr.ScopeOf(Acting).SeesChildren ? Page() : Refused();

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", "Choose a CSV or XLSX file to import.");
            return Page();
        }
        var name = Path.GetFileName(file.FileName);
        if (!Accepted.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            Errors.Add("file", $"{name} is not a CSV or XLSX file.");
            return Page();
        }
        if (file.Length > SheetLimits.MaxCsvBytes)
        {
            Errors.Add("file", $"{name} is {file.Length / 1048576.0:0.#} MB, too large: a register file may be at most {SheetLimits.MaxCsvBytes / 1048576} MB. Split it and import each part.");
            return Page();
        }
        try
        {
            using var memory = new MemoryStream();
            await file.CopyToAsync(memory);
            memory.Position = 0;
            Preview = Dsr.PreviewImport(Acting, memory, name);
            previews.Add(Preview);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Errors.Add("file", e.Message);
        }
        return Page();
    }

    public IActionResult OnPostConfirm(Guid previewId)
    {
        var preview = previews.Find(previewId, Acting.UserName);
        if (preview is null)
        {
            Errors.Add("file", "That preview has expired or is not yours. Upload the file again.");
            return Page();
        }
        try
        {
            Outcome = Dsr.ConfirmImport(Acting, preview);
            previews.Remove(previewId);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Errors.Add("file", e.Message);
            Preview = preview;
        }
        return Page();
    }
}
