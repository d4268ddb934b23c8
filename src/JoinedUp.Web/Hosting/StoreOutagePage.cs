using System.Net;
using JoinedUp.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JoinedUp.Web.Hosting;

/// <summary>
/// While the store cannot be reached (PostgreSQL stopped or restarting), every request that needs it, sign-in and
/// cached pages included (the session is checked against the store), is answered 503 with a page saying so, instead
/// of a 500 with an empty body. Nothing is kept about the outage: the next request after the store is back is served
/// as usual (connections are opened per request).
/// </summary>
internal static class StoreOutagePage
{
    public const string Heading = "The data store cannot be reached";

    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("JoinedUp.Web.StoreOutage");
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception e) when (StoreOutage.Is(e) && !context.Response.HasStarted)
            {
                logger.LogWarning("{Method} {Path}: {Outage}", context.Request.Method, context.Request.Path, StoreOutage.Describe(e));
                await Write(context);
            }
        });
    }

    private static Task Write(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "30";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self'; frame-ancestors 'none'";
        const string explanation = "JoinedUp cannot reach its data store just now, so this page cannot be shown. Nothing you had saved is lost. Try again in a minute; if it goes on, tell your administrator.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            response.ContentType = "application/json; charset=utf-8";
            return response.WriteAsync("{\"error\":\"" + Heading + ". " + explanation + "\"}");
        }
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{Heading} - JoinedUp</title>
                <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <header class="site"><a class="brand" href="/">JoinedUp</a></header>
            <main id="main">
                <h1>{Heading}</h1>
                <p>{WebUtility.HtmlEncode(explanation)}</p>
                <p><a href="">Try this page again</a></p>
            </main>
            </body>
            </html>
            """);
    }
}
