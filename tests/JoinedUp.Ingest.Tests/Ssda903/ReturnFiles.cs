using System.Text;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>Small SSDA903 returns written for a test, and copies of the public fake return.</summary>
internal static class ReturnFiles
{
    public const string HeaderColumns = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    public const string EpisodeColumns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    /// <summary>
    /// Three children, four clean episodes, in the 2021 collection year (1 April 2020 to 31 March 2021). Checked against the
    /// earliest rules JoinedUp holds (2023/24): the girl has MOTHER (rules 393, 607) and the child in H5 is 16 (rule 371).
    /// </summary>
    public static readonly string[] CleanHeader =
    [
        HeaderColumns,
        "CHX9173645,1,14/02/2009,WBRI,A123456789012,,",
        "CHX9173646,2,03/11/2011,BAFR,B223456789013,0,",
        "CHX9173647,1,21/07/2004,MWBC,C323456789014,,",
    ];

    public static readonly string[] CleanEpisodes =
    [
        EpisodeColumns,
        "CHX9173645,01/05/2020,S,C2,N1,U1,PR1,12/09/2020,X1,CARPL,CR0 2AB,CR7 8XY,1234567",
        "CHX9173645,12/09/2020,P,C2,N1,U4,PR4,,,CARPL,CR0 2AB,SE25 4QQ,2345678",
        "CHX9173646,15/06/2020,S,V2,N2,K2,PR4,20/01/2021,E13,,E15 1AA,E17 9BB,3456789",
        "CHX9173647,02/02/2021,S,C1,N4,H5,PR5,,,,N1 7GU,N4 2QQ,4567890",
    ];

    /// <summary>Writes a header and an episodes file (and nothing else) into a folder named for LA 302 and 2021.</summary>
    public static string Write(TempFolder folder, IEnumerable<string> header, IEnumerable<string> episodes, string name = "302/2021")
    {
        var directory = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "header.csv"), string.Join("\r\n", header) + "\r\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), string.Join("\r\n", episodes) + "\r\n", new UTF8Encoding(false));
        return directory;
    }

    /// <summary>The CSV tables of the public fake return, copied (fixtures are read-only).</summary>
    public static string CopyFakeCsv(TempFolder folder)
    {
        var directory = Path.Combine(folder.Path, "fake-csv");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(PublicFixtures.PathOf("ssda903-fake"), "*.csv"))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        return directory;
    }

    public static string FakeXml => PublicFixtures.PathOf("ssda903-fake", "fake_903.xml");

    /// <summary>Rows in a CSV file after its heading (the fake files have no quoted line breaks).</summary>
    public static int DataRows(string path) => File.ReadLines(path).Skip(1).Count(l => l.Trim().Length > 0);
}
