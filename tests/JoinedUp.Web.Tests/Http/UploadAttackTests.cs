using System.Net;
using System.Text;
using System.Text.Json;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// Uploads of returns and forms over plain HTTP as an LA analyst (or an attacker holding their session) would send them:
/// every view of an upload's child-level results is audited; same-named files, an upload over the limit and an expired
/// form each get a page that says what happened, never a blank 400 or a server path.
/// </summary>
[Collection(HostileRequestsCollection.Name)]
public sealed class UploadAttackTests(SmallUploadsApp fixture)
{
    private static readonly byte[] NotAReturn = Encoding.UTF8.GetBytes("colour,shape\nred,square\n");

    private RunningApp App => fixture.App;

    [Fact]
    public async Task Viewing_an_upload_and_downloading_its_error_report_are_audited()
    {
        using var analyst = await SignedInClient.SignInAsync(App, Roles.LaAnalyst);
        var posted = await analyst.PostFilesAsync("/uploads", "files", [("colours.csv", NotAReturn)]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var jobPath = posted.Headers.Location!.OriginalString;
        var id = jobPath.Split('/')[^1];
        await Ended(analyst, id);

        Assert.Equal(HttpStatusCode.OK, (await analyst.Http.GetAsync(jobPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.Http.GetAsync(jobPath + "/errors.csv")).StatusCode);

        using var admin = await SignedInClient.SignInAsync(App, Roles.Administrator);
        foreach (var action in new[] { "upload.view", "upload.errors" })
        {
            var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync($"/admin/audit?action={action}&text={id}"));
            Assert.Contains("upload:" + id, audit);
            Assert.Contains(App.UserFor(Roles.LaAnalyst).UserName, audit);
        }
    }

    [Fact]
    public async Task Two_files_with_the_same_name_are_refused_clearly_and_no_server_path_is_shown()
    {
        using var analyst = await SignedInClient.SignInAsync(App, Roles.LaAnalyst);
        var posted = await analyst.PostFilesAsync("/uploads", "files", [("header.csv", NotAReturn), ("header.csv", NotAReturn)]);
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        if (posted.StatusCode == HttpStatusCode.Redirect)
        {
            // Today's code starts the job; whatever it shows must still name no server path.
            var id = posted.Headers.Location!.OriginalString.Split('/')[^1];
            await Ended(analyst, id);
            html = WebUtility.HtmlDecode(await analyst.Http.GetStringAsync("/uploads/" + id));
        }

        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), html);
        Assert.DoesNotContain("joinedup-uploads", html);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Two of the files are named header.csv", html);
        Assert.Contains("nothing was imported", html);
    }

    [Fact]
    public async Task An_upload_over_the_limit_says_it_is_too_large_and_gives_the_limit()
    {
        using var analyst = await SignedInClient.SignInAsync(App, Roles.LaAnalyst);
        var big = new byte[(int)SmallUploadsApp.UploadLimit + 1024 * 1024];
        Array.Fill(big, (byte)'a');
        var posted = await analyst.PostFilesAsync("/uploads", "files", [("episodes.csv", big)]);
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Contains("too large", html);
        Assert.Contains("at most 2 MB", html);
    }

    [Fact]
    public async Task An_expired_form_gives_a_page_that_says_so_and_keeps_what_was_entered()
    {
        using var practitioner = await SignedInClient.SignInAsync(App, Roles.LaPractitioner);
        await practitioner.TokenAsync("/register/add");
        var posted = await practitioner.Http.PostAsync("/register/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChildId"] = "EXPIRED-1",
            ["Rating"] = "amber",
            ["Reason"] = "Missed three appointments with CAMHS",
            ["ConsentGivenBy"] = "parent",
            ["ConsentGivenOn"] = "2026-03-01",
            ["ConsentBasis"] = "explicit consent",
            ["__RequestVerificationToken"] = "CfDJ8-a-token-from-an-earlier-session",
        }));
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("This form has expired", html);
        Assert.Contains("Missed three appointments with CAMHS", html);
        Assert.Contains("Send again", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.DoesNotContain("CfDJ8-a-token-from-an-earlier-session", html);
    }

    /// <summary>Waits (polling the job's status, no fixed sleep) until the upload has finished or failed.</summary>
    private static async Task Ended(SignedInClient client, string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var status = JsonDocument.Parse(await client.Http.GetStringAsync($"/uploads/{id}/status", timeout.Token)).RootElement.GetProperty("state").GetString();
            if (status != "Running") return;
            await Task.Delay(100, timeout.Token);
        }
    }
}
