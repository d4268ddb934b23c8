using System.Net;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// Hostile evidence files sent straight to the review's upload form over HTTP, as an attacker would (names a browser
/// would never send, wrong types with good extensions, scripts, oversized files, a zip bomb): each is refused with 400
/// naming the file and the rule, and the statement still has no evidence. A good file comes back only as an attachment.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewEvidenceAttackTests(WebFixture web)
{
    private async Task<(SignedInClient Client, string Statement)> OpenAsync()
    {
        var client = await SignedInClient.SignInAsync(web.App, Roles.LaPractitioner);
        var opened = await client.PostFormAsync("/review?handler=Open", [new("Title", "Attack " + Guid.NewGuid().ToString("N")[..6]), new("Sector", "social-care")], tokenFrom: "/review");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var review = opened.Headers.Location!.ToString().Split('?')[0];
        return (client, review + "/statements/3.1");
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "../../../etc/cron.d/evil.txt", "text", "evidence-name" },
        { "..\\..\\Windows\\evil.txt", "text", "evidence-name" },
        { "/etc/passwd.txt", "text", "evidence-name" },
        { "minutes.pdf", "html", "evidence-type" },
        { "chart.png", "svg", "evidence-type" },
        { "chart.svg", "svg", "evidence-type" },
        { "page.html", "html", "evidence-type" },
        { "notes.txt", "html", "evidence-active-content" },
        { "notes.txt", "svg", "evidence-active-content" },
        { "photo.jpg", "exe", "evidence-type" },
        { "plan.docx", "bomb", "evidence-zip-bomb" },
        { "big.pdf", "oversized", "evidence-size" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_upload_is_refused_with_the_file_and_rule_named_and_nothing_is_kept(string name, string kind, string rule)
    {
        var (client, statement) = await OpenAsync();
        using var _ = client;
        byte[] content = kind switch
        {
            "text" => EvidenceSamples.Text,
            "html" => EvidenceSamples.Html,
            "svg" => EvidenceSamples.Svg,
            "exe" => EvidenceSamples.Executable,
            "bomb" => EvidenceSamples.ZipBombDocx(),
            _ => [.. EvidenceSamples.Pdf, .. new byte[11 * 1024 * 1024]],
        };
        var response = await client.PostFilesAsync(statement + "?handler=Upload", "Upload", [(name, content)], tokenFrom: statement);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"refused ({rule})", page);
        Assert.Contains("Nothing was stored", page);
        Assert.Contains("No evidence yet.", await client.Http.GetStringAsync(statement));
    }

    [Fact]
    public async Task A_good_file_is_served_only_to_partners_as_an_attachment_typed_by_its_content()
    {
        var (client, statement) = await OpenAsync();
        using var _ = client;
        var response = await client.PostFilesAsync(statement + "?handler=Upload", "Upload", [("Board <minutes>.pdf", EvidenceSamples.Pdf)], tokenFrom: statement);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.Http.GetStringAsync(statement);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/review/\\d+/evidence/\\d+)\"").Groups[1].Value;
        Assert.Contains("Board _minutes_.pdf", html);
        var file = await client.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType ?? file.Headers.GetValues("Content-Disposition").First().Split(';')[0]);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", file.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(EvidenceSamples.Pdf, await file.Content.ReadAsByteArrayAsync());

        // Another LA's user, and a partner-less regional user, get nothing.
        using var regional = await SignedInClient.SignInAsync(web.App, Roles.RegionalAnalyst);
        Assert.Equal(HttpStatusCode.NotFound, (await regional.Http.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.Http.GetAsync(statement)).StatusCode);
    }

    [Fact]
    public async Task A_parent_carer_representative_sees_no_data_about_children()
    {
        using var client = await SignedInClient.SignInAsync(web.App, Roles.ParentCarerRepresentative);
        foreach (var path in new[] { "/dashboard/looked-after", "/register", "/children/find", "/uploads", "/forecast", "/register/regional" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task The_spreadsheet_report_neutralises_what_a_spreadsheet_would_run_as_a_formula()
    {
        var (client, statement) = await OpenAsync();
        using var _ = client;
        var added = await client.PostFormAsync(statement + "?handler=Evidence", [new("Note", "=HYPERLINK(\"http://evil.example\",\"click\")"), new("Link", "")], tokenFrom: statement);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var xlsx = await client.Http.GetAsync(statement.Split("/statements/")[0] + "/report.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("attachment", xlsx.Content.Headers.ContentDisposition!.DispositionType);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        var evidence = Assert.Single(sheets, x => x.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains("'=HYPERLINK", System.Net.WebUtility.HtmlDecode(evidence));
        Assert.DoesNotContain("<x:f>", evidence);
        Assert.DoesNotContain("<f>", evidence);
    }
}
