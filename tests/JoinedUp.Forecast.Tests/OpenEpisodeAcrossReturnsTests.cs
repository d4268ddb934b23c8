using System.Text;
using JoinedUp.Forecast.History;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Forecast.Tests;

/// <summary>
/// Two hand-made SSDA903 returns of one LA, imported into a real store: a child the 2021 return shows in care on
/// 31 March 2021 (an open episode) and whom the 2022 return does not mention stays in the count on 31 March 2021
/// and leaves on 1 April 2021 (README.md, "Care history", rule 3).
/// </summary>
public sealed class OpenEpisodeAcrossReturnsTests : IDisposable
{
    private const string HeaderColumns = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    private const string EpisodeColumns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    // Collection year 2021 (1 April 2020 to 31 March 2021). The latest date it mentions is C's DEC, 20/01/2021.
    //  A: in care from 01/05/2020, still open at 31 March 2021; absent from the 2022 return.
    //  B: in care from 15/06/2020, still open; the 2022 return shows the same episode still open.
    //  C: in care 01/09/2020 to 20/01/2021 (DEC is the first day out).
    private static readonly string[] Header2021 =
    [
        HeaderColumns,
        "CHX9173645,1,14/02/2009,WBRI,A123456789012,,",
        "CHX9173646,2,03/11/2011,BAFR,B223456789013,,",
        "CHX9173647,1,21/07/2006,MWBC,C323456789014,,",
    ];

    private static readonly string[] Episodes2021 =
    [
        EpisodeColumns,
        "CHX9173645,01/05/2020,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567",
        "CHX9173646,15/06/2020,S,C2,N1,U4,PR4,,,,CR0 2AB,SE25 4QQ,2345678",
        "CHX9173647,01/09/2020,S,V2,N2,K2,PR4,20/01/2021,E13,,E15 1AA,E17 9BB,3456789",
    ];

    // Collection year 2022 (1 April 2021 to 31 March 2022): B still open, D new from 01/06/2021; no A, no C.
    private static readonly string[] Header2022 =
    [
        HeaderColumns,
        "CHX9173646,2,03/11/2011,BAFR,B223456789013,,",
        "CHX9173648,2,09/08/2013,WBRI,D423456789015,,",
    ];

    private static readonly string[] Episodes2022 =
    [
        EpisodeColumns,
        "CHX9173646,15/06/2020,S,C2,N1,U4,PR4,,,,CR0 2AB,SE25 4QQ,2345678",
        "CHX9173648,01/06/2021,S,C2,N1,U1,PR1,,,,N1 7GU,N4 2QQ,4567890",
    ];

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_child_the_earlier_return_shows_in_care_on_31_March_is_counted_then_and_leaves_on_1_April()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var outcome = new ReturnImporter(test.Store).Import([Write("302/2021", Header2021, Episodes2021), Write("302/2022", Header2022, Episodes2022)], null, null);
        Assert.False(outcome.AnyRefused);

        var history = CareHistory.Build(test.Store.LoadedEpisodes());
        var a = history.Children.Single(c => c.Pseudonym == test.Store.Pseudonymiser.Pseudonymise("302", "CHX9173645"));
        Assert.Equal(new DateOnly(2021, 4, 1), Assert.Single(a.Spells).End);

        // Children in care: 20/01/2021 A, B (C has left); 31/03/2021 A, B (before the fix only B: A was ended on
        // 21/01/2021, the day after the last date the 2021 return mentions); 01/04/2021 B; 30/09/2021 B, D.
        Assert.Equal(2, history.CountInCare(new DateOnly(2021, 1, 20)));
        Assert.Equal(2, history.CountInCare(new DateOnly(2021, 3, 31)));
        Assert.Equal(1, history.CountInCare(new DateOnly(2021, 4, 1)));
        Assert.Equal(2, history.CountInCare(new DateOnly(2021, 9, 30)));

        // The history streamed from the store a child at a time (as the web's forecasts build it) is the same history.
        var (latestByLa, firstYear) = test.Store.ReturnYearsWithEpisodes();
        Assert.Equal(2021, firstYear);
        Assert.Equal(2022, latestByLa["302"]);
        CareHistoryStreamTests.Same(history, CareHistory.BuildByChild(test.Store.LoadedEpisodesByChild(), latestByLa));
    }

    private string Write(string name, IEnumerable<string> header, IEnumerable<string> episodes)
    {
        var directory = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "header.csv"), string.Join("\r\n", header) + "\r\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), string.Join("\r\n", episodes) + "\r\n", new UTF8Encoding(false));
        return directory;
    }

    public void Dispose() => _folder.Dispose();
}
