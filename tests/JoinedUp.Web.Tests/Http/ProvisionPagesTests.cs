using System.Net;
using System.Text;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// The provision map pages over real HTTP: who may keep what (decided on the server), uploads loaded whole or not at
/// all with each bad row named, exports neutralised against formulas, and sufficiency figures protected for regional users.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProvisionPagesTests(WebFixture fixture)
{
    private RunningApp App => fixture.App;

    private const string ServiceHeader = "service,kind,agency,eligibility,min_age,max_age,diagnosis_required,capacity,waiting_weeks";
    private const string EstablishmentHeader = "urn,name,type,host_la,postcode_district,ofsted_grade,ofsted_date,registered_places,min_age,max_age,sexes,needs_met,risk_level,weekly_price_min,weekly_price_max,contract_status";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    [Fact]
    public async Task An_LA_analyst_keeps_the_LAs_services_and_a_bad_file_changes_nothing()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.LaAnalyst);
        var home = await client.Http.GetStringAsync("/provision");
        Assert.Contains("<a href=\"/provision\">Provision map</a>", home, StringComparison.Ordinal);

        var good = await client.PostFilesAsync("/provision/services?handler=Upload", "file",
            [("services.csv", Csv(ServiceHeader, "Barnet short breaks,short breaks,social care,Autism or SEMH,5,17,N,40,6", "Barnet ND CAMHS,neurodevelopmental CAMHS,health,Diagnosis,4,17,Y,90,40"))],
            tokenFrom: "/provision/services");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var page = await good.Content.ReadAsStringAsync();
        Assert.Contains("replaced by the 2 in services.csv", page, StringComparison.Ordinal);

        var bad = await client.PostFilesAsync("/provision/services?handler=Upload", "file",
            [("services.csv", Csv(ServiceHeader, "Only row,respite,social care,,5,17,N,40,6"))], tokenFrom: "/provision/services");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was loaded: 1 problem", badPage, StringComparison.Ordinal);
        Assert.Contains("<td>services.csv</td><td>2</td><td>kind</td><td>JU-PROV-VALUE</td>", badPage, StringComparison.Ordinal);
        Assert.Contains("Barnet ND CAMHS", badPage, StringComparison.Ordinal);

        var added = await client.PostFormAsync("/provision/services?handler=Add", new Dictionary<string, string>
        {
            ["service"] = "=cmd|' /C calc'!A0",
            ["kind"] = "keyworking",
            ["agency"] = "health",
            ["eligibility"] = "",
            ["minAge"] = "0",
            ["maxAge"] = "25",
            ["diagnosisRequired"] = "N",
            ["capacity"] = "12",
            ["waitingWeeks"] = "3",
        }, tokenFrom: "/provision/services");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var export = await client.Http.GetStringAsync("/provision/services?handler=Export&format=csv");
        Assert.Contains("'=cmd|", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=cmd", export, StringComparison.Ordinal);

        // An LA user cannot upload the region's establishments.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/provision/establishments")).StatusCode);
        // An LA user sees sufficiency for their own LA only.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/provision/sufficiency")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/provision/sufficiency?area=region")).StatusCode);
    }

    [Fact]
    public async Task A_regional_analyst_uploads_establishments_and_sees_protected_sufficiency()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.RegionalAnalyst);
        var bad = await client.PostFilesAsync("/provision/establishments", "file",
            [("providers.csv", Csv(EstablishmentHeader, "1234567,Oak House,children's home,Bexley,DA6,Good,2024-01-05,4,8,17,mixed,autism,standard,3200,3800,framework", "99,Bad,children's home,Bexley,DA6,Good,,4,8,17,mixed,,standard,3200,3800,spot"))],
            tokenFrom: "/provision/establishments");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<td>providers.csv</td><td>3</td><td>urn</td><td>JU-PROV-URN</td>", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Oak House", await client.Http.GetStringAsync("/provision"), StringComparison.Ordinal);

        var good = await client.PostFilesAsync("/provision/establishments", "file",
            [("providers.csv", Csv(EstablishmentHeader, "1234567,Oak House,children's home,Bexley,DA6,Good,2024-01-05,4,8,17,mixed,autism,standard,3200,3800,framework"))],
            tokenFrom: "/provision/establishments");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("Loaded 1 settings from providers.csv", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Oak House", await client.Http.GetStringAsync("/provision?type=children%27s+home"), StringComparison.Ordinal);

        var sufficiency = await client.Http.GetAsync("/provision/sufficiency?area=region&distance=50");
        Assert.Equal(HttpStatusCode.OK, sufficiency.StatusCode);
        var html = await sufficiency.Content.ReadAsStringAsync();
        Assert.Contains("Children in the placements snapshot", html, StringComparison.Ordinal);
        Assert.Contains("protected by the cell key method", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync("/provision/sufficiency?area=region&distance=abc")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_sees_no_sufficiency_figures()
    {
        using var client = await SignedInClient.SignInAsync(App, Roles.Administrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/provision/sufficiency")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/provision/establishments")).StatusCode);
    }
}
