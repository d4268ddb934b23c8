using Dapper;
using JoinedUp.Analytics.Cohort;
using JoinedUp.Register;
using JoinedUp.Review;
using JoinedUp.Review.Evidence;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Forecasting;
using JoinedUp.Web.Hosting;
using JoinedUp.Web.Registering;
using JoinedUp.Web.Scoping;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JoinedUp.Web;

/// <summary>
/// The JoinedUp web application: server-rendered Razor Pages over the regional store, bound to 127.0.0.1 unless
/// <see cref="WebOptions.ListenAddress"/> says otherwise, believing forwarded headers only from <see cref="WebOptions.Proxies"/>.
/// `joinedup serve` builds it with <see cref="Build"/> and runs it; tests start it on port 0 and read <see cref="Address"/>.
/// </summary>
public static class JoinedUpWebApp
{
    public const string DashboardPolicy = "dashboard";
    public const string ChildPolicy = "own-la-children";
    public const string UploadPolicy = "upload";
    public const string AdminPolicy = "administer";
    public const string RegisterPolicy = "register";
    public const string ReferralPolicy = "register-referral";
    public const string CadencePolicy = "register-cadence";
    public const string IcbFiguresPolicy = "register-icb";
    public const string RegionalRegisterPolicy = "regional-register";

    public static WebApplication Build(RegionalStore store, WebOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(JoinedUpWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        DataProtectionKeys.Add(builder.Services, builder.Logging, options.DataProtectionKeys);
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(options.ListenAddress, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes);
        builder.Services.AddReverseProxy(options);

        var facts = new CareFactsCache(store);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Region);
        builder.Services.AddSingleton(facts);
        builder.Services.AddSingleton(new DashboardResults(facts, options.Region));
        var oneForecastPerUser = new OneForecastPerUser();
        builder.Services.AddSingleton(oneForecastPerUser);
        var forecasts = new ForecastResults(store, facts, oneForecastPerUser);
        builder.Services.AddSingleton(forecasts);
        builder.Services.AddSingleton(new ForecastDisclosure(store, forecasts));
        builder.Services.AddSingleton(new SavedScenarios(store));
        builder.Services.AddSingleton(new UserAccounts(store, options.Clock));
        builder.Services.AddSingleton(new UserSessions(store, options.Clock, options.SessionLifetime));
        builder.Services.AddSingleton(new AuditLog(store));
        builder.Services.AddSingleton(new DynamicSupportRegister(store, options.Region));
        builder.Services.AddSingleton(new CommissioningReviews(store, options.Region,
            options.ReviewEvidenceFolder is null ? null : new EvidenceFiles(options.ReviewEvidenceFolder), clock: options.Clock));
        builder.Services.AddSingleton(new ImportPreviews());
        builder.Services.AddSingleton(new UploadJobs(options.Importer ?? DefaultImporter.For(store), facts, store));

        var securePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "joinedup.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = securePolicy;
                cookie.Cookie.SameSite = options.OpenIdConnect is null ? SameSiteMode.Strict : SameSiteMode.Lax;
                cookie.ExpireTimeSpan = options.SessionTimeout;
                cookie.SlidingExpiration = true;
                cookie.TimeProvider = options.Clock;
                cookie.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipal;
                cookie.LoginPath = "/sign-in";
                cookie.LogoutPath = "/sign-out";
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                cookie.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });
        if (options.OpenIdConnect is { } oidc) OpenIdConnectSignIn.Add(authentication, oidc, store, options.Region);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicy, p => p.RequireRole(Roles.LaAnalyst, Roles.LaPractitioner, Roles.IcsLead, Roles.RegionalAnalyst, Roles.Director))
            .AddPolicy(ChildPolicy, p => p.RequireRole(Roles.LaAnalyst, Roles.LaPractitioner))
            .AddPolicy(UploadPolicy, p => p.RequireRole(Roles.LaAnalyst))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(RegisterPolicy, p => p.RequireRole(Roles.LaAnalyst, Roles.LaPractitioner, Roles.IcsLead, Roles.HealthPractitioner))
            .AddPolicy(ReferralPolicy, p => p.RequireRole(Roles.LaAnalyst, Roles.LaPractitioner, Roles.IcsLead, Roles.HealthPractitioner, Roles.EducationSenco))
            .AddPolicy(RegionalRegisterPolicy, p => p.RequireRole(Roles.RegionalAnalyst, Roles.Director))
            .AddPolicy(CadencePolicy, p => p.RequireRole(Roles.RegionalAnalyst, Roles.Administrator))
            .AddPolicy(IcbFiguresPolicy, p => p.RequireRole(Roles.RegionalAnalyst, Roles.Director, Roles.IcsLead));
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "joinedup.antiforgery";
            // Antiforgery refuses to run over plain HTTP with SecurePolicy.Always, and the app listens on
            // 127.0.0.1 behind a TLS-terminating proxy in production: its cookie is Secure whenever the request is.
            a.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
            pages.Conventions.AuthorizeFolder("/Dashboard", DashboardPolicy);
            pages.Conventions.AuthorizePage("/Children/Find", ChildPolicy);
            pages.Conventions.AuthorizeFolder("/Uploads", UploadPolicy);
            pages.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            foreach (var page in new[] { "/Dsr/Index", "/Dsr/Add", "/Dsr/Entry", "/Dsr/Import", "/Dsr/Meeting", "/Dsr/Admission" }) pages.Conventions.AuthorizePage(page, RegisterPolicy);
            foreach (var page in new[] { "/Dsr/Refer", "/Dsr/Referrals" }) pages.Conventions.AuthorizePage(page, ReferralPolicy);
            pages.Conventions.AuthorizePage("/Dsr/Regional", RegionalRegisterPolicy);
            pages.Conventions.AuthorizePage("/Dsr/Cadence", CadencePolicy);
            pages.Conventions.AuthorizePage("/Dsr/Icb", IcbFiguresPolicy);
            pages.Conventions.AuthorizeFolder("/Linkage", DashboardPolicy);
            pages.Conventions.AuthorizeFolder("/Forecast", DashboardPolicy);
            pages.Conventions.AuthorizePage("/Review/EditFramework", AdminPolicy);
        }).AddMvcOptions(mvc => mvc.Filters.Add<Forms.ExpiredFormFilter>());

        var app = builder.Build();
        app.UseReverseProxy();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            // "no-cache, no-store" (with Pragma for HTTP/1.0 caches) is what antiforgery requires of a page with a form;
            // anything less and it overrides the header and logs a warning on every such page.
            if (!context.Request.Path.StartsWithSegments("/assets"))
            {
                headers.CacheControl = "no-cache, no-store";
                headers.Pragma = "no-cache";
            }
            await next();
            // Every refusal is audited; handlers that audit their own refusal in more detail mark the request.
            if (context.Response.StatusCode == StatusCodes.Status403Forbidden && !context.Items.ContainsKey(AuditLog.Denied))
                context.RequestServices.GetRequiredService<AuditLog>().Record(context.User, "access", context.Request.Path, AuditLog.Denied, "role or organisation does not allow it");
        });
        StoreOutagePage.Use(app);
        CacheWarming.Use(app);
        app.UseRouting();
        app.UseAuthentication();
        PasswordChangeRequirement.Use(app);
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/healthz", (RegionalStore s) =>
        {
            try
            {
                using var connection = s.OpenConnection();
                connection.ExecuteScalar<long>("SELECT 1");
                return Results.Text("ok");
            }
            catch (Exception e)
            {
                return Results.Text("store unreachable: " + e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        Assets.Map(app);
        Api.Map(app);
        DashboardExports.Map(app);
        ForecastExports.Map(app);
        RegisterExports.Map(app);
        ReviewExports.Map(app);
        LinkageExports.Map(app);
        AuditExports.Map(app);
        app.MapRazorPages();
        if (options.OpenIdConnect is not null)
            app.MapGet("/sign-in/organisation", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous();
        return app;
    }

    /// <summary>The address the started application listens on, e.g. http://127.0.0.1:41234.</summary>
    public static Uri Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The application has not been started.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }
}
