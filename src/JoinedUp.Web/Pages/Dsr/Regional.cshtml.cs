using JoinedUp.Analytics.Tables;
using JoinedUp.Register.Access;
using JoinedUp.Register.Regional;
using JoinedUp.Web.Registering;
using Microsoft.AspNetCore.Http;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>The register across the region for regional analysts and directors: pooled, protected counts only.</summary>
public sealed class RegionalModel : RegisterPageModel
{
    public RegionalRegisterFigures? Figures { get; private set; }
    public IReadOnlyList<Chart> Charts { get; private set; } = [];
    public IReadOnlyList<(string Name, ReportTable Table)> Tables { get; private set; } = [];
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public string Query => $"?from={From}&to={To}";
    public FormErrors Errors { get; } = new();

    public IActionResult OnGet(string? from, string? to)
    {
        var (start, end, error) = RegionalRegisterTables.Period(from, to);
        if (error is not null)
        {
            Errors.Add(error.Contains("end", StringComparison.OrdinalIgnoreCase) && !error.Contains("start", StringComparison.OrdinalIgnoreCase) ? "to" : "from", error);
            (From, To) = (from ?? "", to ?? "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        (From, To) = (start.ToString("yyyy-MM"), end.ToString("yyyy-MM"));
        try
        {
            Figures = Dsr.RegionalFigures(Acting, start, end);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        Charts = RegionalRegisterTables.Charts(Figures);
        Tables = RegionalRegisterTables.Names.Select(n => (n, RegionalRegisterTables.Table(Figures, n))).ToList();
        return Page();
    }
}
