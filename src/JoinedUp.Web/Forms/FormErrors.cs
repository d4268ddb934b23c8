using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JoinedUp.Web.Forms;

/// <summary>
/// The errors a form post was refused for, every one at once, each against the id of the field to fix (GOV.UK error
/// summary pattern): the page shows <see cref="Summary"/> at the top (role alert, "There is a problem", each error a link
/// to its field) and, beside each field, <see cref="Inline"/>; the field's aria-describedby comes from
/// <see cref="DescribedBy"/> so a screen reader reads the error with the field. One helper for every form that validates.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    /// <summary>Adds an error against the field with this id (the summary links to it).</summary>
    public FormErrors Add(string field, string message)
    {
        _errors.Add((field, message));
        return this;
    }

    /// <summary>The first error against the field, or null.</summary>
    public string? For(string field) => _errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    /// <summary>The id of the field's inline error message.</summary>
    public static string ErrorId(string field) => field + "-error";

    /// <summary>The error summary for the top of the page; nothing when there is no error.</summary>
    public IHtmlContent Summary()
    {
        if (!Any) return HtmlString.Empty;
        var html = HtmlEncoder.Default;
        var items = string.Concat(_errors.Select(e => $"<li><a href=\"#{html.Encode(e.Field)}\">{html.Encode(e.Message)}</a></li>"));
        return new HtmlString(
            "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" data-error-summary>" +
            "<h2 id=\"error-summary-title\">There is a problem</h2>" +
            $"<ul class=\"error-summary-list\">{items}</ul></div>");
    }

    /// <summary>The field's inline error (with the id <see cref="DescribedBy"/> names); nothing when it has none.</summary>
    public IHtmlContent Inline(string field)
    {
        if (For(field) is not { } message) return HtmlString.Empty;
        var html = HtmlEncoder.Default;
        return new HtmlString($"<p class=\"error-message\" id=\"{html.Encode(ErrorId(field))}\"><span class=\"visually-hidden\">Error: </span>{html.Encode(message)}</p>");
    }

    /// <summary>The field's aria-describedby: its hints and, when it has an error, its inline error; null when none.</summary>
    public string? DescribedBy(string field, params string?[] hints)
    {
        var ids = hints.Where(h => !string.IsNullOrEmpty(h)).Select(h => h!).ToList();
        if (For(field) is not null) ids.Add(ErrorId(field));
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>"true" for aria-invalid when the field has an error; null (no attribute) otherwise.</summary>
    public string? Invalid(string field) => For(field) is null ? null : "true";
}
