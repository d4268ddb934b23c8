using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JoinedUp.Web.Tests.Support;

/// <summary>Who the test provider says is signing in: the claims an Entra ID tenant would send for them.</summary>
public sealed record TestIdentity(string UserName, string Name, IReadOnlyList<string> Roles, string? Organisation);

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1, port 0, in the shape of Microsoft Entra ID for JoinedUp's purposes:
/// a discovery document, its signing key (JWKS), an authorize endpoint that approves <see cref="Identity"/> at once
/// (answering by form post, as Entra ID does, or by redirect), and a token endpoint that checks the client secret and
/// the PKCE verifier and issues an RS256-signed id_token carrying the nonce, the user name, a "roles" array and an
/// organisation claim.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "joinedup-test-client";
    public const string ClientSecret = "joinedup-test-secret";
    public const string OrganisationClaim = "joinedup_organisation";
    public const string RolesClaim = "roles";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly string _keyId = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private WebApplication _app = null!;

    private sealed record Grant(TestIdentity Identity, string? Nonce, string CodeChallenge, string RedirectUri);

    /// <summary>The identity the authorize endpoint approves next.</summary>
    public TestIdentity Identity { get; set; } = new("nobody", "Nobody", [], null);

    /// <summary>The issuer and authority, e.g. http://127.0.0.1:40123 (no trailing slash).</summary>
    public string Authority { get; private set; } = "";

    /// <summary>How many id_tokens the token endpoint has issued.</summary>
    public int TokensIssued;

    public static async Task<TestOpenIdProvider> StartAsync()
    {
        var provider = new TestOpenIdProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        provider._app = builder.Build();
        provider.Map(provider._app);
        await provider._app.StartAsync();
        var address = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = address.TrimEnd('/');
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/keys",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "form_post", "query" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["claims_supported"] = new[] { "sub", "name", "preferred_username", "nonce", RolesClaim, OrganisationClaim },
        }));

        app.MapGet("/keys", () =>
        {
            var parameters = _rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = _keyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            });
        });

        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            string? Get(string name) => q[name].FirstOrDefault();
            var redirect = Get("redirect_uri");
            if (Get("client_id") != ClientId || Get("response_type") != "code" || redirect is null || !new Uri(redirect).IsLoopback
                || Get("code_challenge_method") != "S256" || Get("code_challenge") is not { } challenge || !(Get("scope") ?? "").Split(' ').Contains("openid"))
                return Results.BadRequest("invalid authorization request");
            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            _codes[code] = new Grant(Identity, Get("nonce"), challenge, redirect);
            var state = Get("state") ?? "";
            if (Get("response_mode") == "form_post")
            {
                var html = $"""
                    <!doctype html><html><head><title>Signing you in</title></head><body>
                    <form method="post" action="{WebUtility.HtmlEncode(redirect)}">
                    <input type="hidden" name="code" value="{WebUtility.HtmlEncode(code)}">
                    <input type="hidden" name="state" value="{WebUtility.HtmlEncode(state)}">
                    <noscript><button type="submit">Continue</button></noscript>
                    </form><script>document.forms[0].submit();</script></body></html>
                    """;
                return Results.Content(html, "text/html; charset=utf-8");
            }
            return Results.Redirect($"{redirect}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}");
        });

        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            string? Get(string name) => form[name].FirstOrDefault();
            if (Get("grant_type") != "authorization_code") return Error("unsupported_grant_type");
            if (Get("client_id") != ClientId || Get("client_secret") != ClientSecret) return Error("invalid_client");
            if (Get("code") is not { } code || !_codes.TryRemove(code, out var grant)) return Error("invalid_grant");
            if (grant.RedirectUri != Get("redirect_uri")) return Error("invalid_grant");
            var verifier = Get("code_verifier") ?? "";
            if (Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.CodeChallenge) return Error("invalid_grant");
            Interlocked.Increment(ref TokensIssued);
            return Results.Json(new { access_token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)), token_type = "Bearer", expires_in = 300, id_token = IdToken(grant) });
        });
    }

    private static IResult Error(string error) => Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);

    private string IdToken(Grant grant)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "sub-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(grant.Identity.UserName)))[..16],
            ["preferred_username"] = grant.Identity.UserName,
            ["name"] = grant.Identity.Name,
            [RolesClaim] = grant.Identity.Roles.ToArray(),
        };
        if (grant.Nonce is not null) claims["nonce"] = grant.Nonce;
        if (grant.Identity.Organisation is not null) claims[OrganisationClaim] = grant.Identity.Organisation;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = _keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
