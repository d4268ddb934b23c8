using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Registering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>
/// A page of the Dynamic Support Register. The register library scopes and audits every call; a refusal it throws
/// becomes 403 (already audited in dsr_audit, so the web does not audit it twice).
/// </summary>
public abstract class RegisterPageModel : ScopedPage
{
    public DynamicSupportRegister Dsr => HttpContext.RequestServices.GetRequiredService<DynamicSupportRegister>();

    public RegisterUser Acting => RegisterUsers.From(User);

    protected IActionResult Refused()
    {
        HttpContext.Items[AuditLog.Denied] = true;
        return StatusCode(403);
    }

    protected static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    public string LaName(string code) => Region.Contains(code) ? Region[code].Name : code;
}
