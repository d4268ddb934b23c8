using System.Security.Claims;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Sign-in through the region's OpenID Connect provider (authorization code with PKCE). The provider proves who the
/// person is; <see cref="Decide"/> says whether JoinedUp lets them in, with which role and organisation. A refusal ends
/// on /sign-in/refused with its reason, never with an error page, and is audited.
/// </summary>
public static class OpenIdConnectSignIn
{
    private const string RefusalItem = "joinedup.oidc-refusal";

    public static void Add(AuthenticationBuilder authentication, OpenIdConnectSettings settings, RegionalStore store, Region region) =>
        authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.SaveTokens = false;
            // Claims keep the names the provider gives them ("roles", "groups", "preferred_username"), as configured.
            oidc.MapInboundClaims = false;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.Events.OnTokenValidated = context =>
            {
                var decision = Decide(context.Principal ?? new ClaimsPrincipal(), settings, store, region);
                if (decision.User is null)
                {
                    context.HttpContext.Items[RefusalItem] = decision.Refusal;
                    context.Fail($"JoinedUp refused the sign-in: {decision.Refusal}.");
                }
                else context.Principal = context.HttpContext.RequestServices.GetRequiredService<UserSessions>().Start(decision.User, UserSessions.OpenIdConnectMethod);
                return Task.CompletedTask;
            };
            oidc.Events.OnRemoteFailure = context =>
            {
                var reason = context.HttpContext.Items[RefusalItem] as string ?? SignInRefusal.ProviderFailed;
                if (reason == SignInRefusal.ProviderFailed)
                    new AuditLog(store).Record("(unknown)", "", "", "sign-in.oidc", "", AuditLog.Failed, context.Failure?.GetType().Name ?? "");
                context.Response.Redirect("/sign-in/refused?reason=" + Uri.EscapeDataString(reason));
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

    /// <summary>The account the provider's identity signs in as, or why not (a <see cref="SignInRefusal"/> code); audited either way.</summary>
    public static (AppUser? User, string Refusal) Decide(ClaimsPrincipal identity, OpenIdConnectSettings settings, RegionalStore store, Region region)
    {
        var audit = new AuditLog(store);
        var accounts = new UserAccounts(store);
        var name = identity.FindFirst(settings.UserNameClaim)?.Value?.Trim().ToLowerInvariant();
        (AppUser? User, string Refusal) Refuse(string reason, string detail = "")
        {
            audit.Record(name ?? "(unknown)", "", "", "sign-in.oidc", name ?? "", AuditLog.Denied, detail.Length == 0 ? reason : $"{reason}: {detail}");
            return (null, reason);
        }

        if (string.IsNullOrEmpty(name)) return Refuse(SignInRefusal.NoUserName, $"no '{settings.UserNameClaim}' claim");
        var account = accounts.Find(name);
        if (account is { Disabled: true }) return Refuse(SignInRefusal.Disabled);
        if (settings.RoleClaim is null)
        {
            if (account is null) return Refuse(SignInRefusal.NoAccount);
        }
        else
        {
            var roles = identity.FindAll(settings.RoleClaim)
                .Select(c => settings.RoleMap.TryGetValue(c.Value, out var mapped) ? mapped : Roles.All.Contains(c.Value) ? c.Value : null)
                .OfType<string>().Distinct().ToList();
            if (roles.Count == 0) return Refuse(SignInRefusal.NoRole, $"no '{settings.RoleClaim}' value maps to a JoinedUp role");
            if (roles.Count > 1) return Refuse(SignInRefusal.SeveralRoles, string.Join(", ", roles));
            var role = roles[0];
            var organisation = (settings.OrganisationClaim is null ? null : identity.FindFirst(settings.OrganisationClaim)?.Value?.Trim())
                ?? (Roles.BelongsToLa(role) || role == Roles.IcsLead ? "" : region.Name);
            if (RoleOrganisation.Problem(region, role, organisation) is { } problem) return Refuse(SignInRefusal.Organisation, problem);
            if (account is null)
            {
                var display = identity.FindFirst("name")?.Value is { Length: > 0 } given ? given : name;
                // The random local password is never shown: this person signs in through the provider only.
                accounts.Create(name, display, role, organisation, mustChangePassword: false);
                audit.Record("oidc", "", "", "user.create", name, AuditLog.Allowed, $"{role} {organisation}");
            }
            else if (account.Role != role || account.Organisation != organisation)
            {
                new UserRoleChange(store).Set(name, role, organisation);
                audit.Record("oidc", "", "", "user.role-change", name, AuditLog.Allowed, $"{account.Role} {account.Organisation} to {role} {organisation}");
            }
            account = accounts.Find(name)!;
        }
        audit.Record(account.UserName, account.Role, account.Organisation, "sign-in.oidc", account.UserName, AuditLog.Allowed);
        return (account, "");
    }
}
