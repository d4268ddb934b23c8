using System.Globalization;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Reports;
using JoinedUp.Provision.Sufficiency;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Pages.Provision;

/// <summary>
/// Sufficiency and gaps for an area the user may see: an LA user their own LA, an ICS lead their footprint, regional
/// analysts and directors any footprint or the region. Figures follow the dashboards' disclosure control.
/// </summary>
public sealed class SufficiencyModel : ProvisionPage
{
    public IReadOnlyList<(string Key, string Name)> Areas { get; private set; } = [];
    public string? Area { get; private set; }
    public double Distance { get; private set; } = SufficiencyRequest.DefaultDistanceKm;
    public string? Body { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet(string? area, string? distance)
    {
        if (!Scope.SeesDashboards) return Refused("provision.sufficiency");
        Areas = Scope.OwnLa is { } own ? [("la", LaName(own))]
            : Scope.Role == Roles.IcsLead ? Scope.Footprints(Region).Select(f => (f, f)).ToList()
            : [("region", Region.Name), .. Region.Footprints.Keys.Order(StringComparer.Ordinal).Select(f => (f, f))];
        if (Areas.Count == 0) return Refused("provision.sufficiency");
        Area = area ?? Areas[0].Key;
        if (Areas.All(a => a.Key != Area)) return Refused("provision.sufficiency");
        if (distance is not null)
        {
            if (!double.TryParse(distance, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || km is <= 0 or > 500)
            {
                Error = "Enter a distance in kilometres from 1 to 500, like 50.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            Distance = km;
        }
        try
        {
            var store = HttpContext.RequestServices.GetRequiredService<RegionalStore>();
            var result = Scope.OwnLa is { } la
                ? SufficiencyReports.Compute(store, Region, null, null, Distance, Scope.Disclosure, onlyLa: la)
                : SufficiencyReports.Compute(store, Region, Area == "region" ? null : Area, null, Distance, Scope.Disclosure);
            Body = SufficiencyReport.Body(result, DistrictCentroids.Shipped);
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
        }
        return Page();
    }
}
