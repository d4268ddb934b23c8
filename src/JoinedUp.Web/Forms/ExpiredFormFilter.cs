using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JoinedUp.Web.Forms;

/// <summary>
/// Replaces the blank 400 that a failed antiforgery check gives with a page that says what happened: the form expired
/// (400), offering the user's non-secret input back to send again, or the request was over the upload limit (413),
/// naming the limit. Passwords and the old token are never echoed; files cannot be, so they are named to choose again.
/// </summary>
public sealed class ExpiredFormFilter(WebOptions options, IModelMetadataProvider metadata) : IAsyncAlwaysRunResultFilter
{
    public const string View = "/Pages/Shared/FormExpired.cshtml";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var form = await Read(context.HttpContext);
            context.Result = new ViewResult
            {
                ViewName = View,
                StatusCode = form.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                ViewData = new ViewDataDictionary<ExpiredForm>(metadata, new ModelStateDictionary()) { Model = form },
            };
        }
        await next();
    }

    private async Task<ExpiredForm> Read(HttpContext context)
    {
        var request = context.Request;
        var action = request.Path + request.QueryString;
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (request.ContentLength > options.MaxUploadBytes) return new ExpiredForm(action, [], [], true, options.MaxUploadBytes, false);
        IFormCollection fields;
        try
        {
            if (!request.HasFormContentType) return new ExpiredForm(action, [], [], false, options.MaxUploadBytes, false);
            fields = await request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return new ExpiredForm(action, [], [], true, options.MaxUploadBytes, false);
        }
        var kept = fields
            .Where(f => f.Key != "__RequestVerificationToken" && !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
            .ToList();
        var files = fields.Files.Select(f => Path.GetFileName(f.FileName)).ToList();
        return new ExpiredForm(action, kept, files, false, options.MaxUploadBytes, signedIn && files.Count == 0);
    }
}
