using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating reverse proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the configured
/// proxies (<see cref="WebOptions.Proxies"/>; none by default, loopback included), so a request that reached the proxy
/// over HTTPS is HTTPS here: its cookies are Secure and the answer carries Strict-Transport-Security.
/// </summary>
public static class ReverseProxy
{
    public static void AddReverseProxy(this IServiceCollection services, WebOptions options)
    {
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; JoinedUp trusts only what the deployment names.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.Proxies) forwarded.KnownIPNetworks.Add(proxy);
            forwarded.ForwardLimit = null;
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            // The proxy's public name is what the browser sees; the default exclusion of localhost names would hide HSTS from loopback tests only.
            hsts.ExcludedHosts.Clear();
        });
    }

    /// <summary>First in the pipeline, so everything after sees the client's address and scheme.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
    }
}
