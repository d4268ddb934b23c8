using JoinedUp.Provision.Storage;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Pages.Provision;

/// <summary>
/// A page of the provision map. Who may do what is decided here, on the server: everyone signed in may read the
/// region's establishments; LA users keep their own LA's community services; regional analysts keep the
/// establishments; sufficiency figures follow the dashboards' scope and disclosure control.
/// </summary>
public abstract class ProvisionPage : ScopedPage
{
    public ProvisionStore Provision => new(HttpContext.RequestServices.GetRequiredService<RegionalStore>());

    /// <summary>Regional analysts maintain the region's shared list of establishments.</summary>
    public bool KeepsEstablishments => Scope.Role == Roles.RegionalAnalyst;

    /// <summary>LA users keep their own LA's service mapping return.</summary>
    public bool KeepsServices => Scope.OwnLa is not null && Scope.Role is Roles.LaAnalyst or Roles.LaPractitioner;

    public string LaName(string code) => Region.Contains(code) ? Region[code].Name : code;

    protected IActionResult Refused(string action)
    {
        HttpContext.RequestServices.GetRequiredService<AuditLog>().Record(User, action, Request.Path + Request.QueryString, AuditLog.Denied, "outside the user's role");
        HttpContext.Items[AuditLog.Denied] = true;
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
