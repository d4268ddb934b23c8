using System.Text;

namespace JoinedUp.Cli.Tests;

/// <summary>A hand-made SSDA903 return (header and episodes CSV) of LA 302 for 2021, in its own folder, as `import` reads one.</summary>
internal static class Ssda903Folder
{
    public static string Write(string root, string name, int children)
    {
        var directory = Path.Combine(root, name, "302", "2021");
        Directory.CreateDirectory(directory);
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (var i = 0; i < children; i++)
        {
            header.Append($"C{i:D7},{1 + i % 2},14/02/2009,WBRI,UN1,,\n");
            episodes.Append($"C{i:D7},01/05/2020,S,C2,N1,U1,PR1,12/09/2020,X1,CARPL,CR0 2AB,CR7 8XY,1234567\n");
            episodes.Append($"C{i:D7},12/09/2020,P,C2,N1,U4,PR4,,,CARPL,CR0 2AB,SE25 4QQ,2345678\n");
        }
        File.WriteAllText(Path.Combine(directory, "header.csv"), header.ToString());
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), episodes.ToString());
        return Path.Combine(root, name);
    }
}
