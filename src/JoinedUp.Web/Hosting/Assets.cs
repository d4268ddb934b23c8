using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Hosting;

/// <summary>The stylesheet and the one script, embedded in the assembly so the app has no files to deploy.</summary>
internal static class Assets
{
    public static void Map(WebApplication app)
    {
        Serve(app, "/assets/site.css", "site.css", "text/css; charset=utf-8");
        Serve(app, "/assets/upload-progress.js", "upload-progress.js", "text/javascript; charset=utf-8");
    }

    private static void Serve(WebApplication app, string path, string name, string contentType)
    {
        var assembly = typeof(Assets).Assembly;
        using var stream = assembly.GetManifestResourceStream("JoinedUp.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing.");
        using var reader = new StreamReader(stream);
        var content = reader.ReadToEnd();
        app.MapGet(path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(content, contentType);
        }).AllowAnonymous();
    }
}
