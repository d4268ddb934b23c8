using System.Text;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>A hand-made SSDA903 return as two CSV files (Header and Episodes), one row per episode given, for upload tests.</summary>
public sealed class HandMadeReturn
{
    private readonly StringBuilder _header = new("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
    private readonly StringBuilder _episodes = new("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
    private readonly HashSet<string> _children = [];

    /// <summary>Rows of the Episodes file so far (the next episode's row number is this plus 2: the header line is row 1).</summary>
    public int EpisodeRows { get; private set; }

    /// <summary>Adds an episode (dates dd/MM/yyyy; no end for one still open), and the child's header row the first time.</summary>
    public HandMadeReturn Episode(string child, string start, string? end = null, string rne = "S", string ethnicity = "WBRI")
    {
        if (_children.Add(child)) _header.Append($"{child},1,14/02/2012,{ethnicity},UN5,,\r\n"); // UN5: a 12-year-old with no UPN (UN1 is for children too young for school: DfE rule 209)
        _episodes.Append($"{child},{start},{rne},C2,N1,U1,PR1,{end},{(end is null ? "" : "E11")},,EN5 1AA,N12 8QQ,1234567\r\n");
        EpisodeRows++;
        return this;
    }

    public FilePayload[] Files() =>
    [
        new() { Name = "header.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(_header.ToString()) },
        new() { Name = "episodes.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(_episodes.ToString()) },
    ];

    /// <summary>Uploads the return on the uploads page (the year typed when given) and waits for the results page.</summary>
    public async Task UploadAsync(IPage page, int? year)
    {
        await page.GotoAsync("/uploads");
        await page.GetByLabel("Return files").SetInputFilesAsync(Files());
        if (year is { } y) await page.GetByLabel("Collection year").FillAsync(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and validate" }).ClickAsync();
    }

    /// <summary>Waits until the upload's results are shown.</summary>
    public static Task FinishedAsync(IPage page) =>
        page.GetByRole(AriaRole.Heading, new() { Name = "Validation issues" }).WaitForAsync(new() { Timeout = 60000 });
}

/// <summary>The uploads tests' own app: they load, hold and withdraw returns, which the other browser tests must not see.</summary>
[CollectionDefinition(Name)]
public sealed class UploadsCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "uploads";
}
