using JoinedUp.Analytics.Tables;
using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Icb;
using JoinedUp.Web.Registering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>The ICB's monthly register figures: the ICS lead's footprint, or any footprint or the region for regional users; protected counts only.</summary>
public sealed class IcbModel : RegisterPageModel
{
    public IcbMonthlyFigures? Figures { get; private set; }
    public IReadOnlyList<(string Name, ReportTable Table, string? Withheld)> Tables { get; private set; } = [];
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public string? Footprint { get; private set; }
    public bool ChoosesFootprint { get; private set; }
    public string Query => $"?from={From}&to={To}" + (Footprint is null ? "" : "&footprint=" + Uri.EscapeDataString(Footprint));
    public string? Error { get; private set; }

    public IActionResult OnGet(string? from, string? to, string? footprint)
    {
        ChoosesFootprint = Acting.Role is RegisterRole.RegionalAnalyst or RegisterRole.Director;
        Footprint = ChoosesFootprint ? (string.IsNullOrWhiteSpace(footprint) ? null : footprint) : Acting.Organisation;
        var (start, end, error) = RegionalRegisterTables.Period(from, to);
        (From, To) = error is null ? (start.ToString("yyyy-MM"), end.ToString("yyyy-MM")) : (from ?? "", to ?? "");
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        try
        {
            Figures = Dsr.IcbMonthlyFigures(Acting, start, end, Footprint);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Tables = IcbRegisterTables.Names.Select(n => (n, IcbRegisterTables.Table(Figures, n), IcbRegisterTables.Withheld(Figures, n))).ToList();
        return Page();
    }
}
