using System.Net;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Uploads;

namespace JoinedUp.Web;

/// <summary>How `joinedup serve` and `joinedup demo` run the web application.</summary>
public sealed class WebOptions
{
    /// <summary>Port on <see cref="ListenAddress"/>; 0 picks a free one (read it back with <see cref="JoinedUpWebApp.Address"/>).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>The address to listen on: 127.0.0.1 by default; 0.0.0.0 or :: for every interface (behind a reverse proxy).</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none by default, loopback included.</summary>
    public IReadOnlyList<IPNetwork> Proxies { get; init; } = [];

    /// <summary>The region whose LAs share the store; London by default.</summary>
    public Region Region { get; init; } = Regions.London;

    /// <summary>Signed-in sessions end after this long without a request.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Signed-in sessions end this long after sign-in, however active (the absolute lifetime).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The clock for sessions and lockouts; tests give their own.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Cookies carry the Secure flag. Browsers accept Secure cookies from http://127.0.0.1 (a secure context); turn off
    /// only for a client that does not.
    /// </summary>
    public bool SecureCookies { get; init; } = true;

    /// <summary>The return importer uploads go to; null uses the Ingest importer.</summary>
    public IReturnImport? Importer { get; init; }

    /// <summary>Sign-in through an OpenID Connect provider for production; null keeps local passwords only.</summary>
    public OpenIdConnectSettings? OpenIdConnect { get; init; }

    /// <summary>
    /// The folder that keeps the keys protecting sign-in and antiforgery cookies, so that they stay valid when the app
    /// restarts; `serve` uses a folder beside a SQLite store (see <see cref="DataProtectionKeys"/>). Null keeps ASP.NET
    /// Core's default (the user profile's folder).
    /// </summary>
    public string? DataProtectionKeys { get; init; }

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Where the commissioning review keeps uploaded evidence; null: beside a SQLite store, or JOINEDUP_REVIEW_EVIDENCE for PostgreSQL.</summary>
    public string? ReviewEvidenceFolder { get; init; }
}
