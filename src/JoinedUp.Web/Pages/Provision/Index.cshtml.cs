using JoinedUp.Provision.Export;
using JoinedUp.Provision.Geography;
using JoinedUp.Provision.Occupancy;
using JoinedUp.Store;
using Microsoft.Extensions.DependencyInjection;
using JoinedUp.Provision.Map;
using JoinedUp.Register.Export;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Provision;

/// <summary>The region's provision map: every registered setting, filtered by type, need and risk, and exported in the upload's own columns.</summary>
public sealed class IndexModel : ProvisionPage
{
    public IReadOnlyList<Establishment> Establishments { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Need { get; set; }
    [BindProperty(SupportsGet = true)] public string? Risk { get; set; }

    /// <summary>For an LA user: how many of their own LA's children each setting holds on the latest snapshot's 31 March (exact: the LA's own).</summary>
    public IReadOnlyDictionary<string, int>? OwnChildrenByUrn { get; private set; }

    public int? OwnSnapshotYear { get; private set; }

    public void OnGet()
    {
        var all = Provision.Establishments();
        Total = all.Count;
        Establishments = Filter(all).ToList();
        if (Scope.OwnLa is { } own)
        {
            var store = HttpContext.RequestServices.GetRequiredService<RegionalStore>();
            var years = Placements.Years(store);
            if (years.Count > 0)
            {
                OwnSnapshotYear = years[^1];
                OwnChildrenByUrn = Placements.Load(store, Region, years[^1], DistrictCentroids.Shipped)
                    .Where(p => p.LaCode == own && p.Urn is not null).GroupBy(p => p.Urn!).ToDictionary(g => g.Key, g => g.Count());
            }
        }
    }

    public IActionResult OnGetExport(string? format)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var stream = new MemoryStream();
        ProvisionExport.Establishments(stream, xlsx ? RegisterExportFormat.Xlsx : RegisterExportFormat.Csv, Filter(Provision.Establishments()));
        stream.Position = 0;
        return File(stream, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", xlsx ? "establishments.xlsx" : "establishments.csv");
    }

    private IEnumerable<Establishment> Filter(IEnumerable<Establishment> all) => all
        .Where(e => string.IsNullOrEmpty(Type) || e.Type == Type)
        .Where(e => string.IsNullOrEmpty(Need) || e.NeedsMet.Contains(Need))
        .Where(e => string.IsNullOrEmpty(Risk) || e.RiskLevel == Risk);
}
