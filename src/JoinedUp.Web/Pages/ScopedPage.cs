using JoinedUp.Domain.Geography;
using JoinedUp.Web.Scoping;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Pages;

/// <summary>A page that knows the signed-in user's scope.</summary>
public abstract class ScopedPage : PageModel
{
    public Region Region => HttpContext.RequestServices.GetRequiredService<Region>();

    public UserScope Scope => UserScope.Of(User, Region);
}
